package com.switchdesk.pbx.serial.internal.link;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.IntFunction;

import com.switchdesk.pbx.Scheduler;
import com.switchdesk.pbx.Scheduler.Cancellable;
import com.switchdesk.pbx.serial.LinkTimings;
import com.switchdesk.pbx.serial.internal.codec.Counters;
import com.switchdesk.pbx.serial.internal.codec.Counters.Counter;
import com.switchdesk.pbx.serial.internal.codec.Frame;
import com.switchdesk.pbx.serial.internal.codec.FrameDecoder;
import com.switchdesk.pbx.serial.internal.codec.FrameEncoder;
import com.switchdesk.pbx.serial.internal.codec.FrameType;

/**
 * The reliable link over one transport (docs/protocol.md section 5): numbers, acknowledges and
 * retransmits sequenced frames, drops duplicates, splits and joins long messages, sends heartbeats and
 * notices silence. Between {@link #startSession()} and the end of the session it delivers every
 * message once and in order, or reports {@link LinkHandler#onLinkLost}.
 * <p>
 * Confined to one scheduler thread: every method, and every handler call, runs on it.
 */
public final class Link {

	/** The largest message; longer ones are refused when sent and dropped when received. */
	public static final int MAX_MESSAGE = 4 * 1024 * 1024;

	private final Scheduler scheduler;
	private final LinkTimings timings;
	private final Consumer<byte[]> output;
	private final IntFunction<Duration> airTime;
	private final LinkHandler handler;
	private final Counters counters;
	private final FrameDecoder decoder;
	private final SendWindow window = new SendWindow();
	private final ByteArrayOutputStream partial = new ByteArrayOutputStream();

	private boolean session;
	private boolean stopped;
	private int expected;
	private boolean ackPending;
	private int partialType = -1;
	private boolean partialTooLong;
	private int retries;
	private Instant lastHeard;
	private Cancellable retransmitTimer;
	private Cancellable heartbeatTimer;

	/**
	 * @param output  writes encoded frames to the transport; must not block
	 * @param airTime how long a number of bytes takes on the line
	 */
	public Link(Scheduler scheduler, LinkTimings timings, Consumer<byte[]> output, IntFunction<Duration> airTime,
			LinkHandler handler, Counters counters) {
		this.scheduler = scheduler;
		this.timings = timings;
		this.output = output;
		this.airTime = airTime;
		this.handler = handler;
		this.counters = counters;
		this.decoder = new FrameDecoder(counters);
		this.lastHeard = scheduler.now();
	}

	/** Feeds bytes from the transport. */
	public void receive(byte[] bytes) {
		if (stopped) {
			return;
		}
		decoder.feed(bytes, this::onFrame);
		if (ackPending && session) {
			sendControl(FrameType.ACK, new byte[0]);
		}
	}

	/** Starts a session: both directions restart at sequence number 0; heartbeats begin. */
	public void startSession() {
		endSession();
		session = true;
		lastHeard = scheduler.now();
		heartbeatTimer = scheduler.schedule(timings.heartbeatInterval(), this::heartbeat);
	}

	/** Ends the session: unsent and unacknowledged frames are discarded; no more heartbeats. */
	public void endSession() {
		session = false;
		cancelTimers();
		window.reset();
		expected = 0;
		ackPending = false;
		retries = 0;
		dropPartial();
	}

	/** Ends any session and ignores everything from now on. */
	public void stop() {
		endSession();
		stopped = true;
	}

	public boolean inSession() {
		return session;
	}

	/**
	 * Queues a message of a sequenced type for reliable delivery, in fragments if it is long.
	 *
	 * @throws IllegalStateException    outside a session
	 * @throws IllegalArgumentException when longer than {@link #MAX_MESSAGE}
	 */
	public void sendMessage(int type, byte[] payload) {
		if (!session) {
			throw new IllegalStateException("No session");
		}
		if (payload.length > MAX_MESSAGE) {
			throw new IllegalArgumentException("A message of " + payload.length + " bytes is longer than " + MAX_MESSAGE);
		}
		int offset = 0;
		do {
			int n = Math.min(Frame.MAX_PAYLOAD, payload.length - offset);
			byte[] part = new byte[n];
			System.arraycopy(payload, offset, part, 0, n);
			offset += n;
			window.enqueue(new SendWindow.Outgoing(type, offset < payload.length ? Frame.MORE : 0, part));
		} while (offset < payload.length);
		pump();
	}

	/** Sends a link-control frame (HELLO, ACK, HEARTBEAT) at once; never retransmitted. */
	public void sendControl(int type, byte[] payload) {
		if (!stopped) {
			write(new Frame(type, 0, window.nextSeq(), expected, payload));
		}
	}

	/** Whether a message is arriving in fragments right now (a long result may be on its way). */
	public boolean receivingMessage() {
		return partialType >= 0;
	}

	/** Sequenced frames queued or unacknowledged. */
	public int backlog() {
		return window.backlog();
	}

	private void onFrame(Frame f) {
		if (stopped) {
			return;
		}
		lastHeard = scheduler.now();
		int type = f.type();
		if (type == FrameType.HELLO) {
			handler.onHello(f.payload());
		} else if (!session) {
			if (FrameType.isSequenced(type)) {
				handler.onFrameWithoutSession(type);
			}
		} else if (type == FrameType.ACK) {
			acknowledge(f.ack());
		} else if (type == FrameType.HEARTBEAT) {
			acknowledge(f.ack());
			handler.onHeartbeat(f.payload());
		} else if (FrameType.isSequenced(type)) {
			acknowledge(f.ack());
			if (session) {
				onSequenced(f);
			}
		} else {
			counters.count(Counter.UNKNOWN_MESSAGES);
		}
	}

	private void onSequenced(Frame f) {
		int distance = (f.seq() - expected) & 0xFF;
		ackPending = true;
		if (distance == 0) {
			expected = (expected + 1) & 0xFF;
			assemble(f);
		} else if (distance < 128) {
			counters.count(Counter.OUT_OF_ORDER);
		} else {
			counters.count(Counter.DUPLICATES);
		}
	}

	private void assemble(Frame f) {
		if (partialType >= 0 && partialType != f.type()) {
			counters.count(Counter.MALFORMED_MESSAGES); // a new message began before the last one ended
			dropPartial();
		}
		partialType = f.type();
		if (!partialTooLong) {
			partial.writeBytes(f.payload());
			if (partial.size() > MAX_MESSAGE) {
				partialTooLong = true;
				partial.reset();
			}
		}
		if (f.more()) {
			return;
		}
		int type = partialType;
		byte[] message = partial.toByteArray();
		boolean tooLong = partialTooLong;
		dropPartial();
		if (tooLong) {
			counters.count(Counter.MALFORMED_MESSAGES);
		} else {
			handler.onMessage(type, message);
		}
	}

	private void dropPartial() {
		partial.reset();
		partialType = -1;
		partialTooLong = false;
	}

	private void acknowledge(int ack) {
		int count = window.acknowledge(ack);
		if (count < 0) {
			counters.count(Counter.BAD_ACKS);
		} else if (count > 0) {
			retries = 0;
			cancelRetransmitTimer();
			pump();
		}
	}

	private void pump() {
		for (SendWindow.Outgoing f : window.admit()) {
			write(new Frame(f.type, f.flags, f.seq, expected, f.payload));
		}
		if (window.hasInFlight() && retransmitTimer == null) {
			Duration timeout = timings.ackTimeout().plus(airTime.apply(window.inFlightBytes(FrameEncoder.OVERHEAD + 2)));
			retransmitTimer = scheduler.schedule(timeout, this::retransmit);
		}
	}

	private void retransmit() {
		retransmitTimer = null;
		if (!session || !window.hasInFlight()) {
			return;
		}
		if (++retries > timings.retryLimit()) {
			lose("The peer acknowledged nothing after " + timings.retryLimit() + " retransmissions");
			return;
		}
		counters.add(Counter.RETRANSMISSIONS, window.inFlightCount());
		for (SendWindow.Outgoing f : window.inFlight()) {
			write(new Frame(f.type, f.flags, f.seq, expected, f.payload));
		}
		pump();
	}

	private void heartbeat() {
		heartbeatTimer = null;
		if (!session) {
			return;
		}
		Duration silence = Duration.between(lastHeard, scheduler.now());
		if (silence.compareTo(timings.silenceLimit()) >= 0) {
			lose("Nothing heard from the other end for " + silence.toMillis() / 1000.0 + " s ("
					+ timings.missedHeartbeats() + " heartbeats missed)");
			return;
		}
		sendControl(FrameType.HEARTBEAT, handler.heartbeatPayload());
		heartbeatTimer = scheduler.schedule(timings.heartbeatInterval(), this::heartbeat);
	}

	private void lose(String reason) {
		endSession();
		handler.onLinkLost(reason);
	}

	private void write(Frame frame) {
		if (frame.type() != FrameType.HELLO) {
			ackPending = false; // every other frame carries the current acknowledgement number
		}
		counters.count(Counter.FRAMES_SENT);
		output.accept(FrameEncoder.encode(frame));
	}

	private void cancelRetransmitTimer() {
		if (retransmitTimer != null) {
			retransmitTimer.cancel();
			retransmitTimer = null;
		}
	}

	private void cancelTimers() {
		cancelRetransmitTimer();
		if (heartbeatTimer != null) {
			heartbeatTimer.cancel();
			heartbeatTimer = null;
		}
	}
}
