package com.switchdesk.pbx.serial.internal.server;

import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;

import com.switchdesk.pbx.ConnectionState;
import com.switchdesk.pbx.PbxConnector;
import com.switchdesk.pbx.Scheduler;
import com.switchdesk.pbx.Scheduler.Cancellable;
import com.switchdesk.pbx.event.ConnectionEvent;
import com.switchdesk.pbx.event.PbxEvent;
import com.switchdesk.pbx.event.SnapshotEvent;
import com.switchdesk.pbx.model.PbxInfo;
import com.switchdesk.pbx.serial.LinkTimings;
import com.switchdesk.pbx.serial.TransportFactory;
import com.switchdesk.pbx.serial.internal.codec.Counters;
import com.switchdesk.pbx.serial.internal.codec.Counters.Counter;
import com.switchdesk.pbx.serial.internal.codec.FrameType;
import com.switchdesk.pbx.serial.internal.codec.Hello;
import com.switchdesk.pbx.serial.internal.codec.MalformedPayloadException;
import com.switchdesk.pbx.serial.internal.codec.Messages;
import com.switchdesk.pbx.serial.internal.link.Backoff;
import com.switchdesk.pbx.serial.internal.link.Line;
import com.switchdesk.pbx.serial.internal.link.LinkHandler;

/**
 * The PBX's side of the protocol (docs/protocol.md section 11), serving any {@link PbxConnector}:
 * answers HELLO, runs commands, forwards events, sends heartbeats; reopens its port with back-off
 * when it is lost. A restart of the served PBX (it goes down, or sends a new snapshot under a live
 * session) gives a new boot id and an announcement, so the console resynchronises. Scheduler thread
 * only, except {@link #start()} and {@link #close()}.
 */
public final class EndpointSession implements LinkHandler, Line.Owner {

	private static final System.Logger LOG = System.getLogger(EndpointSession.class.getName());
	/** A backlog this long means the console cannot keep up: drop the session rather than the events. */
	static final int MAX_BACKLOG = 4096;

	private final PbxConnector served;
	private final TransportFactory port;
	private final Scheduler scheduler;
	private final LinkTimings timings;
	private final Counters counters = new Counters();
	private final Backoff backoff;
	private final SplittableRandom random = new SplittableRandom();
	private final CompletableFuture<String> stopped = new CompletableFuture<>();
	private final CommandRunner commands;

	private Line line;
	private boolean open;
	private boolean closed;
	private Cancellable reopenTimer;
	private long session;
	private int generation;
	private long bootId;
	private boolean servedOnline;
	private PbxInfo info = new PbxInfo("unknown PBX", "", false);
	private Instant lastAnnouncement = Instant.MIN;
	private volatile String status = "Starting";

	public EndpointSession(PbxConnector served, TransportFactory port, Scheduler scheduler, LinkTimings timings) {
		this.served = served;
		this.port = port;
		this.scheduler = scheduler;
		this.timings = timings;
		this.backoff = new Backoff(timings.backoffInitial(), timings.backoffMax());
		this.bootId = newBootId();
		this.commands = new CommandRunner(served, scheduler, this::sendMessage, () -> generation, counters);
	}

	public void start() {
		post(() -> {
			served.addListener(event -> post(() -> onServedEvent(event)));
			openLine();
		});
	}

	public void close() {
		post(() -> {
			closed = true;
			open = false;
			endSession();
			if (reopenTimer != null) {
				reopenTimer.cancel();
			}
			if (line != null) {
				line.close();
				line = null;
			}
			status = "Closed";
			stopped.complete("Closed");
		});
	}

	public CompletableFuture<String> stopped() {
		return stopped;
	}

	public String status() {
		return status;
	}

	public boolean consoleAttached() {
		return session != 0;
	}

	public Counters counters() {
		return counters;
	}

	// ---- the port ----

	private void openLine() {
		reopenTimer = null;
		if (closed) {
			return;
		}
		line = new Line(port, scheduler, timings, counters, this, this);
		line.open();
	}

	@Override
	public void lineOpened(Line opened) {
		if (opened == line) {
			open = true;
			backoff.reset();
			status = "Serving on " + port.describe() + ", waiting for a console";
			LOG.log(Level.INFO, status);
			if (servedOnline) {
				announce();
			}
		}
	}

	@Override
	public void lineFailed(Line failed, String reason, boolean retryable) {
		if (failed != line) {
			return;
		}
		endSession();
		open = false;
		line.close();
		line = null;
		if (!retryable) {
			status = reason;
			LOG.log(Level.ERROR, "Giving up on {0}: {1}", port.describe(), reason);
			stopped.complete(reason);
			return;
		}
		var delay = backoff.next();
		status = reason + "; trying again in " + delay.toMillis() + " ms";
		LOG.log(Level.INFO, status);
		reopenTimer = scheduler.schedule(delay, this::openLine);
	}

	// ---- the console ----

	@Override
	public void onHello(byte[] payload) {
		Hello hello;
		try {
			hello = Messages.readHello(payload);
		} catch (MalformedPayloadException e) {
			counters.count(Counter.MALFORMED_MESSAGES);
			return;
		}
		if (hello.fromPbx() || !servedOnline || hello.session() == 0) {
			counters.count(Counter.UNKNOWN_MESSAGES); // an echo, or we are still "booting"
			return;
		}
		byte[] reply = Messages.hello(Hello.pbx(hello.session(), bootId, info.model(), info.version()));
		if (hello.compatible() && hello.session() != session) {
			endSession();
			session = hello.session();
			line.link().startSession();
			status = "Serving on " + port.describe() + " to " + hello.software() + " " + hello.version();
			LOG.log(Level.INFO, status);
		} else if (!hello.compatible()) {
			LOG.log(Level.WARNING, "Console speaks protocol {0}; this PBX speaks {1}.{2}", hello.protocol(), Hello.MAJOR,
					Hello.MINOR);
		}
		line.link().sendControl(FrameType.HELLO, reply);
	}

	@Override
	public void onHeartbeat(byte[] payload) {
		// the link notes that the console is alive
	}

	@Override
	public void onMessage(int type, byte[] payload) {
		if (type == FrameType.COMMAND) {
			commands.run(payload);
		} else {
			counters.count(Counter.UNKNOWN_MESSAGES);
		}
	}

	@Override
	public void onFrameWithoutSession(int type) {
		// the console thinks it has a session we do not know: tell it to start again
		if (servedOnline && !scheduler.now().isBefore(lastAnnouncement.plus(timings.helloInterval()))) {
			announce();
		}
	}

	@Override
	public void onLinkLost(String reason) {
		LOG.log(Level.INFO, "Console gone: {0}", reason);
		endSession();
	}

	@Override
	public byte[] heartbeatPayload() {
		return Messages.heartbeat(bootId);
	}

	// ---- the served PBX ----

	private void onServedEvent(PbxEvent event) {
		if (closed) {
			return;
		}
		switch (event) {
		case ConnectionEvent e when e.status().state() != ConnectionState.ONLINE -> {
			if (servedOnline) {
				restarting();
			}
		}
		case ConnectionEvent e -> {
			// online: the snapshot that follows says what the PBX is now
		}
		case SnapshotEvent e -> {
			info = e.snapshot().info();
			if (session != 0) {
				restarting(); // the whole state was replaced under a live session
			}
			servedOnline = true;
			announce();
		}
		default -> {
			if (session != 0) {
				sendEvent(event);
			}
		}
		}
	}

	/** The served PBX went down or replaced its state: behave like a PBX that reboots. */
	private void restarting() {
		servedOnline = false;
		endSession();
		bootId = newBootId();
	}

	private void sendEvent(PbxEvent event) {
		if (line.link().backlog() > MAX_BACKLOG) {
			LOG.log(Level.WARNING, "The console does not keep up ({0} frames waiting); resetting the link", MAX_BACKLOG);
			endSession();
			announce();
			return;
		}
		sendMessage(FrameType.EVENT, Messages.event(event));
	}

	private void sendMessage(int type, byte[] payload) {
		if (session != 0) {
			line.link().sendMessage(type, payload);
		}
	}

	private void announce() {
		if (open) {
			lastAnnouncement = scheduler.now();
			line.link().sendControl(FrameType.HELLO, Messages.hello(Hello.pbx(0, bootId, info.model(), info.version())));
		}
	}

	private void endSession() {
		if (session != 0) {
			session = 0;
			generation++;
			if (line != null) {
				line.link().endSession();
			}
		}
	}

	private long newBootId() {
		return 1 + random.nextLong(0xFFFF_FFFEL);
	}

	private void post(Runnable task) {
		try {
			scheduler.execute(task);
		} catch (RejectedExecutionException e) {
			// the scheduler was shut down: the endpoint is gone
		}
	}
}
