package com.switchdesk.pbx.serial.internal;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

import com.switchdesk.pbx.ConnectionStatus;
import com.switchdesk.pbx.PbxConnector;
import com.switchdesk.pbx.PbxListener;
import com.switchdesk.pbx.PbxRefusedException;
import com.switchdesk.pbx.RefusalReason;
import com.switchdesk.pbx.Scheduler;
import com.switchdesk.pbx.command.PbxCommand;
import com.switchdesk.pbx.event.ConnectionEvent;
import com.switchdesk.pbx.event.PbxEvent;
import com.switchdesk.pbx.event.SnapshotEvent;
import com.switchdesk.pbx.serial.LinkTimings;
import com.switchdesk.pbx.serial.TransportFactory;
import com.switchdesk.pbx.serial.internal.codec.Counters;

/**
 * A {@link PbxConnector} to a PBX at the other end of a transport, speaking the protocol of
 * docs/protocol.md. Everything happens on the scheduler's thread, which is also the event thread;
 * the public methods only hand work to it.
 */
public final class SerialConnector implements PbxConnector, ConsoleSession.Output {

	private static final System.Logger LOG = System.getLogger(SerialConnector.class.getName());
	private static final ConnectionStatus CLOSED = ConnectionStatus.offline("Closed");

	private final Scheduler scheduler;
	private final Runnable onClose;
	private final Counters counters = new Counters();
	private final ConsoleSession session;
	private final SnapshotMirror mirror = new SnapshotMirror();
	private final List<PbxListener> listeners = new CopyOnWriteArrayList<>();
	private final AtomicBoolean started = new AtomicBoolean();
	private final AtomicBoolean closed = new AtomicBoolean();
	private volatile ConnectionStatus status = ConnectionStatus.offline("Not started");

	/**
	 * @param port      where the PBX is
	 * @param scheduler the connector's thread and clock; also the event thread
	 * @param onClose   runs on the scheduler thread after closing, e.g. to stop an owned scheduler
	 */
	public SerialConnector(TransportFactory port, Scheduler scheduler, LinkTimings timings, Runnable onClose) {
		this.scheduler = scheduler;
		this.onClose = onClose;
		this.session = new ConsoleSession(scheduler, port, timings, counters, this);
	}

	@Override
	public void start() {
		if (!closed.get() && started.compareAndSet(false, true)) {
			post(session::start);
		}
	}

	@Override
	public ConnectionStatus status() {
		return closed.get() ? CLOSED : status;
	}

	@Override
	@SuppressWarnings("unchecked")
	public <R> CompletionStage<R> execute(PbxCommand<R> command) {
		CompletableFuture<R> future = new CompletableFuture<>();
		PendingCommands.Completion completion = new PendingCommands.Completion() {
			@Override
			public void succeeded(Object result) {
				future.complete((R) result);
			}

			@Override
			public void failed(PbxRefusedException refusal) {
				future.completeExceptionally(refusal);
			}
		};
		if (closed.get() || !post(() -> session.submit(command, completion))) {
			completion.failed(new PbxRefusedException(RefusalReason.OFFLINE, "The connection to the PBX is closed"));
		}
		return future;
	}

	@Override
	public void addListener(PbxListener listener) {
		post(() -> {
			listeners.add(listener);
			if (status.isOnline()) {
				mirror.current().ifPresent(s -> notify(listener, new SnapshotEvent(s.sequence(), s)));
			}
		});
	}

	@Override
	public void removeListener(PbxListener listener) {
		listeners.remove(listener);
	}

	@Override
	public void close() {
		if (closed.compareAndSet(false, true)) {
			if (!post(() -> {
				session.close();
				onClose.run();
			})) {
				onClose.run();
			}
		}
	}

	/** What the protocol counted so far (dropped frames, retransmissions, resyncs, ...). */
	public Counters counters() {
		return counters;
	}

	// ---- ConsoleSession.Output, on the scheduler thread ----

	@Override
	public void deliver(PbxEvent event) {
		mirror.apply(event);
		for (PbxListener l : listeners) {
			notify(l, event);
		}
	}

	@Override
	public void status(ConnectionStatus newStatus) {
		if (!newStatus.equals(status)) {
			status = newStatus;
			deliver(new ConnectionEvent(session.lastSequence(), newStatus));
		}
	}

	@Override
	public boolean online() {
		return status.isOnline();
	}

	private static void notify(PbxListener listener, PbxEvent event) {
		try {
			listener.onEvent(event);
		} catch (RuntimeException e) {
			// one failing listener must not stop the others or the connector
			LOG.log(Level.ERROR, "A PBX listener failed on " + event.getClass().getSimpleName(), e);
		}
	}

	private boolean post(Runnable task) {
		try {
			scheduler.execute(task);
			return true;
		} catch (RejectedExecutionException e) {
			return false;
		}
	}
}
