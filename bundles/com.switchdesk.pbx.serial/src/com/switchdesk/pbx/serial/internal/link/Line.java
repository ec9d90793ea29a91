package com.switchdesk.pbx.serial.internal.link;

import java.util.concurrent.RejectedExecutionException;

import com.switchdesk.pbx.Scheduler;
import com.switchdesk.pbx.serial.LinkTimings;
import com.switchdesk.pbx.serial.Transport;
import com.switchdesk.pbx.serial.TransportFactory;
import com.switchdesk.pbx.serial.internal.codec.Counters;

/**
 * One connection attempt: a fresh transport with its own link. Moves everything the transport
 * reports onto the scheduler thread, and ignores whatever arrives after {@link #close()}, so an owner
 * never hears from a line it has given up.
 */
public final class Line implements Transport.Listener {

	/** Hears whether the line opened or failed, on the scheduler thread. */
	public interface Owner {
		void lineOpened(Line line);

		void lineFailed(Line line, String reason, boolean retryable);
	}

	private final Scheduler scheduler;
	private final Transport transport;
	private final Link link;
	private final Owner owner;
	private volatile boolean closed;

	public Line(TransportFactory factory, Scheduler scheduler, LinkTimings timings, Counters counters,
			LinkHandler handler, Owner owner) {
		this.scheduler = scheduler;
		this.transport = factory.create();
		this.link = new Link(scheduler, timings, transport::send, factory::airTime, handler, counters);
		this.owner = owner;
	}

	/** Starts opening the transport; the owner hears the outcome. */
	public void open() {
		transport.open(this);
	}

	public Link link() {
		return link;
	}

	/** Stops the link and closes the transport; nothing is reported afterwards. Scheduler thread. */
	public void close() {
		closed = true;
		link.stop();
		transport.close();
	}

	@Override
	public void opened() {
		post(() -> owner.lineOpened(this));
	}

	@Override
	public void received(byte[] bytes) {
		post(() -> link.receive(bytes));
	}

	@Override
	public void failed(String reason, boolean retryable) {
		post(() -> owner.lineFailed(this, reason, retryable));
	}

	private void post(Runnable task) {
		if (closed) {
			return;
		}
		try {
			scheduler.execute(() -> {
				if (!closed) {
					task.run();
				}
			});
		} catch (RejectedExecutionException e) {
			// the scheduler was shut down with the connector: nobody is left to tell
		}
	}
}
