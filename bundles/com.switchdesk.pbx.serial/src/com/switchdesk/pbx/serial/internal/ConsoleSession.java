package com.switchdesk.pbx.serial.internal;

import java.lang.System.Logger.Level;
import java.util.SplittableRandom;

import com.switchdesk.pbx.ConnectionStatus;
import com.switchdesk.pbx.PbxRefusedException;
import com.switchdesk.pbx.RefusalReason;
import com.switchdesk.pbx.Scheduler;
import com.switchdesk.pbx.Scheduler.Cancellable;
import com.switchdesk.pbx.command.PbxCommand;
import com.switchdesk.pbx.event.PbxEvent;
import com.switchdesk.pbx.model.PbxSnapshot;
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
import com.switchdesk.pbx.serial.internal.link.Link;
import com.switchdesk.pbx.serial.internal.link.LinkHandler;

/**
 * The console's side of the protocol (docs/protocol.md section 10): open the port, HELLO, ask for a
 * snapshot, then commands and events; on any failure close, wait with back-off and start again; on a
 * PBX restart start again at once. Scheduler thread only.
 */
final class ConsoleSession implements LinkHandler, Line.Owner, ConsoleTraffic.Host {

	private static final System.Logger LOG = System.getLogger(ConsoleSession.class.getName());
	static final String SOFTWARE = "SwitchDesk console";
	static final String VERSION = "1.0";

	/** Where the session's results go: the connector's listeners and status. */
	interface Output {
		void deliver(PbxEvent event);

		void status(ConnectionStatus status);

		boolean online();
	}

	private enum Phase { IDLE, OPENING, HANDSHAKE, SESSION, WAITING, STOPPED }

	private final Scheduler scheduler;
	private final TransportFactory port;
	private final LinkTimings timings;
	private final Counters counters;
	private final Output output;
	private final Backoff backoff;
	private final ConsoleTraffic traffic;
	private final SplittableRandom random = new SplittableRandom();

	private Phase phase = Phase.IDLE;
	private Line line;
	private Cancellable timer;
	private long nonce;
	private long bootId;
	private int hellosSent;
	private boolean heardEcho;

	ConsoleSession(Scheduler scheduler, TransportFactory port, LinkTimings timings, Counters counters, Output output) {
		this.scheduler = scheduler;
		this.port = port;
		this.timings = timings;
		this.counters = counters;
		this.output = output;
		this.backoff = new Backoff(timings.backoffInitial(), timings.backoffMax());
		this.traffic = new ConsoleTraffic(scheduler, timings, counters, this);
	}

	void start() {
		if (phase == Phase.IDLE) {
			output.status(ConnectionStatus.connecting("Opening " + port.describe()));
			openLine();
		}
	}

	void close() {
		phase = Phase.STOPPED;
		teardown();
		traffic.end(RefusalReason.OFFLINE, "The connection to the PBX was closed");
		output.status(ConnectionStatus.offline("Closed"));
	}

	long lastSequence() {
		return traffic.lastSequence();
	}

	/** Sends a user's command, or refuses it at once when the link is not up. */
	void submit(PbxCommand<?> command, PendingCommands.Completion completion) {
		if (phase != Phase.SESSION || !output.online()) {
			completion.failed(new PbxRefusedException(RefusalReason.OFFLINE,
					"Not connected to the PBX (" + port.describe() + ")"));
			return;
		}
		traffic.send(command, completion);
	}

	// ---- connection attempts ----

	private void openLine() {
		timer = null;
		phase = Phase.OPENING;
		line = new Line(port, scheduler, timings, counters, this, this);
		line.open();
	}

	@Override
	public void lineOpened(Line opened) {
		if (opened == line && phase == Phase.OPENING) {
			handshake();
		}
	}

	@Override
	public void lineFailed(Line failed, String reason, boolean retryable) {
		if (failed == line) {
			lost(reason, retryable);
		}
	}

	private void handshake() {
		phase = Phase.HANDSHAKE;
		nonce = 1 + random.nextLong(0xFFFF_FFFEL);
		hellosSent = 0;
		heardEcho = false;
		sendHello();
	}

	private void sendHello() {
		timer = null;
		if (hellosSent >= timings.helloAttempts()) {
			lost(heardEcho ? "The line echoes what the console sends (a loopback plug?), and no PBX answers"
					: "No answer from a PBX on " + port.describe() + " (is it on, and set to the same speed?)", true);
			return;
		}
		hellosSent++;
		line.link().sendControl(FrameType.HELLO, Messages.hello(Hello.console(nonce, SOFTWARE, VERSION)));
		timer = scheduler.schedule(timings.helloInterval(), this::sendHello);
	}

	/** Gives up this attempt; tries again after the back-off delay unless retrying cannot help. */
	private void lost(String reason, boolean retryable) {
		if (phase == Phase.STOPPED) {
			return;
		}
		phase = retryable ? Phase.WAITING : Phase.STOPPED; // first: failing the snapshot request must not recurse
		teardown();
		traffic.end(RefusalReason.TIMEOUT, "The connection to the PBX was lost before it answered (" + reason
				+ "); the command may or may not have been carried out");
		LOG.log(Level.INFO, "PBX link on {0} down: {1}", port.describe(), reason);
		if (!retryable) {
			output.status(ConnectionStatus.offline(reason));
			return;
		}
		var delay = backoff.next();
		output.status(ConnectionStatus.reconnecting(reason, scheduler.now().plus(delay)));
		timer = scheduler.schedule(delay, this::openLine);
	}

	private void teardown() {
		if (timer != null) {
			timer.cancel();
			timer = null;
		}
		if (line != null) {
			line.close();
			line = null;
		}
	}

	// ---- link events ----

	@Override
	public void onHello(byte[] payload) {
		Hello hello;
		try {
			hello = Messages.readHello(payload);
		} catch (MalformedPayloadException e) {
			counters.count(Counter.MALFORMED_MESSAGES);
			return;
		}
		if (!hello.fromPbx()) {
			heardEcho |= hello.session() == nonce;
			counters.count(Counter.UNKNOWN_MESSAGES);
		} else if (phase == Phase.HANDSHAKE && hello.session() == nonce) {
			accept(hello);
		} else if (phase == Phase.HANDSHAKE && hello.session() == 0) {
			// the PBX just came up (perhaps after our last HELLO was lost): greet it now, not at the next tick
			timer.cancel();
			sendHello();
		} else if (phase == Phase.SESSION && (hello.session() != nonce || hello.bootId() != bootId)) {
			restarted(hello.bootId() != bootId ? "The PBX restarted" : "The PBX reset the link");
		}
		// else: a repeated answer, or an announcement during our own handshake
	}

	private void accept(Hello hello) {
		if (!hello.compatible()) {
			lost("The PBX speaks protocol " + hello.protocol() + " but this console speaks " + Hello.MAJOR + "."
					+ Hello.MINOR + "; update the console or the PBX", false);
			return;
		}
		if (timer != null) {
			timer.cancel();
			timer = null;
		}
		bootId = hello.bootId();
		phase = Phase.SESSION;
		line.link().startSession();
		LOG.log(Level.INFO, "PBX {0} {1} (protocol {2}, boot {3}) on {4}", hello.software(), hello.version(),
				hello.protocol(), Long.toHexString(bootId), port.describe());
		traffic.resync("connected");
	}

	/** The PBX lost our session (restart or link reset): handshake again at once, keeping the port. */
	private void restarted(String reason) {
		LOG.log(Level.INFO, "{0}; resynchronising", reason);
		phase = Phase.HANDSHAKE;
		traffic.end(RefusalReason.TIMEOUT, reason + " before it answered; the command may or may not have been carried out");
		line.link().endSession();
		output.status(ConnectionStatus.reconnecting(reason + "; resynchronising", scheduler.now()));
		handshake();
	}

	@Override
	public void onHeartbeat(byte[] payload) {
		try {
			if (phase == Phase.SESSION && Messages.readHeartbeat(payload) != bootId) {
				restarted("The PBX restarted");
			}
		} catch (MalformedPayloadException e) {
			counters.count(Counter.MALFORMED_MESSAGES);
		}
	}

	@Override
	public void onFrameWithoutSession(int type) {
		// left over from an earlier session; the handshake in progress will replace it
	}

	@Override
	public void onLinkLost(String reason) {
		lost(reason, true);
	}

	@Override
	public byte[] heartbeatPayload() {
		return Messages.heartbeat(0);
	}

	@Override
	public void onMessage(int type, byte[] payload) {
		if (phase == Phase.SESSION) {
			traffic.onMessage(type, payload);
		}
	}

	// ---- ConsoleTraffic.Host ----

	@Override
	public Link link() {
		return line == null ? null : line.link();
	}

	@Override
	public void synced(PbxSnapshot snapshot) {
		if (!output.online()) {
			backoff.reset();
			output.status(ConnectionStatus.online(snapshot.info().describe() + " on " + port.describe()));
		}
	}

	@Override
	public void syncFailed(String reason) {
		if (phase == Phase.SESSION) {
			lost(reason, true);
		}
	}

	@Override
	public void deliver(PbxEvent event) {
		output.deliver(event);
	}
}
