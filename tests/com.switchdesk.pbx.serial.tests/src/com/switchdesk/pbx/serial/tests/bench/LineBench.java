package com.switchdesk.pbx.serial.tests.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

import com.switchdesk.pbx.Schedulers;
import com.switchdesk.pbx.Schedulers.ClosableScheduler;
import com.switchdesk.pbx.command.ReadSnapshot;
import com.switchdesk.pbx.event.SnapshotEvent;
import com.switchdesk.pbx.serial.LinkTimings;
import com.switchdesk.pbx.serial.Parity;
import com.switchdesk.pbx.serial.SerialSettings;
import com.switchdesk.pbx.serial.TransportFactory;
import com.switchdesk.pbx.serial.internal.SerialConnector;
import com.switchdesk.pbx.serial.internal.codec.CommandCodec;
import com.switchdesk.pbx.serial.internal.codec.FrameEncoder;
import com.switchdesk.pbx.serial.internal.codec.FrameType;
import com.switchdesk.pbx.serial.internal.codec.Messages;
import com.switchdesk.pbx.serial.server.PbxEndpoint;
import com.switchdesk.pbx.serial.tests.support.Socat;

/**
 * The whole link over a socat pseudo-terminal pair, jSerialComm on both ends, production timings:
 * the simulator's side ({@link ReplayPbx} behind a {@link PbxEndpoint}) on ttyB, the console's
 * {@link SerialConnector} on ttyA with call control on top of it. Unthrottled first (throughput, and
 * latency at fixed rates), then with both directions paced to 115,200 baud (how much of the line
 * carries events).
 */
final class LineBench implements AutoCloseable {

	private static final int BAUD = 115_200;
	private static final int LINE_RATE = BAUD / 10;
	private static final Duration SETTLE = Duration.ofSeconds(60);

	private final EventMix mix;
	private final Socat socat;
	private final ClosableScheduler simThread = Schedulers.newRealTime("simulator");
	private final ClosableScheduler endpointThread = Schedulers.newRealTime("pbx-endpoint");
	private final ClosableScheduler consoleThread = Schedulers.newRealTime("console-connector");
	private final MeteredLine pbxLine;
	private final MeteredLine consoleLine;
	private final ReplayPbx pbx;
	private final PbxEndpoint endpoint;
	private final SerialConnector console;
	private final CallControlProbe callControl;
	private volatile Run current = new Run(0);
	private volatile long snapshotArrived;
	private volatile boolean boardReset;

	LineBench(EventMix mix, Path dir) throws Exception {
		this.mix = mix;
		socat = Socat.start(dir, Duration.ofSeconds(10));
		pbxLine = new MeteredLine(TransportFactory.serialPort(new SerialSettings(socat.b().toString(), BAUD, 8, Parity.NONE, 1)));
		consoleLine = new MeteredLine(TransportFactory.serialPort(new SerialSettings(socat.a().toString(), BAUD, 8, Parity.NONE, 1)));
		pbx = new ReplayPbx(mix, simThread);
		pbx.start();
		endpoint = new PbxEndpoint(pbx, pbxLine, endpointThread, LinkTimings.defaults());
		endpoint.start();
		console = new SerialConnector(consoleLine, consoleThread, LinkTimings.defaults(), () -> {
		});
		console.addListener(e -> {
			if (e instanceof SnapshotEvent && snapshotArrived == 0) {
				snapshotArrived = System.nanoTime();
			}
			current.onEvent(e);
		});
		long start = System.nanoTime();
		callControl = new CallControlProbe(console, numbers -> current.boardChanged(numbers), () -> {
			boardReset = true;
			current.boardReset();
		});
		await(() -> snapshotArrived != 0 && boardReset, "the console to come online with the snapshot");
		int snapshotBytes = Messages.result(1, CommandCodec.READ_SNAPSHOT, pbx.execute(new ReadSnapshot())
				.toCompletableFuture().get()).length;
		System.out.printf("console online, snapshot of %,d extensions (%,d bytes) on the board, %.2f s after start%n",
				mix.snapshot().extensions().size(), snapshotBytes, (snapshotArrived - start) / 1e9);
	}

	/** Unthrottled: the most events a second (the simulator keeps {@code inFlight} events under way). */
	double throughput(int inFlight, double seconds) {
		drive(0, inFlight, 2, 1, null, null); // warm-up
		Window w = new Window();
		Run r = drive(0, inFlight, 1, seconds, w::open, w::close);
		int[] range = w.sentRange(r);
		double rate = (range[1] - range[0]) / w.seconds();
		System.out.printf("pty unthrottled, %d events under way: %,.0f events/s (%,d in %.1f s); %s%n", inFlight, rate,
				range[1] - range[0], w.seconds(), health(r));
		System.out.printf("  latency simulator -> connector listener (includes the queue of %d): %s%n", inFlight,
				Run.describe(r.connectorLatencies(range[0], range[1])));
		System.out.printf("  latency simulator -> call-control board: %s%n", Run.describe(r.boardLatencies(range[0])));
		printMeters(w, false);
		return rate;
	}

	/** Unthrottled, at a fixed rate: latency without a queue in front. */
	void latency(double rate, double seconds) {
		Window w = new Window();
		Run r = drive(rate, Integer.MAX_VALUE, 1, seconds, w::open, w::close);
		int[] range = w.sentRange(r);
		System.out.printf("pty unthrottled at %,.0f events/s (%,d events in %.1f s): %s%n", rate, range[1] - range[0],
				w.seconds(), health(r));
		System.out.printf("  latency simulator -> connector listener: %s%n",
				Run.describe(r.connectorLatencies(range[0], range[1])));
		System.out.printf("  latency simulator -> call-control board (extension changes): %s%n",
				Run.describe(r.boardLatencies(range[0])));
	}

	/**
	 * Both directions paced to 115,200 baud; the simulator always has events waiting. With
	 * {@code ackDelay}, everything the console sends arrives that much later: a peer that acknowledges
	 * as late as the protocol allows (100 ms, docs/protocol.md 5.5).
	 */
	void paced(int inFlight, double seconds, Duration ackDelay) {
		pbxLine.pace(LINE_RATE);
		consoleLine.pace(LINE_RATE);
		consoleLine.delay(ackDelay);
		Window w = new Window();
		Run r = drive(0, inFlight, 3, seconds, w::open, w::close);
		int[] range = w.sentRange(r);
		System.out.printf("paced to 115200 baud both ways%s, %d events under way: %,.0f events/s; %s%n",
				ackDelay.isZero() ? "" : ", console's frames " + ackDelay.toMillis() + " ms late", inFlight,
				(range[1] - range[0]) / w.seconds(), health(r));
		printMeters(w, true);
		consoleLine.delay(Duration.ZERO);
	}

	private void printMeters(Window w, boolean paced) {
		MeteredLine.Meter down = w.pbxAfter.minus(w.pbxBefore);
		MeteredLine.Meter up = w.consoleAfter.minus(w.consoleBefore);
		double seconds = w.seconds();
		long total = down.totalWire();
		int ev = FrameType.EVENT;
		long eventPayload = down.payload[ev];
		long eventFraming = down.frames[ev] * (2L + FrameEncoder.OVERHEAD);
		long stuffing = down.wire[ev] - eventPayload - eventFraming;
		long other = total - down.wire[ev];
		double capacity = paced ? LINE_RATE * seconds : total;
		System.out.printf("  PBX -> console: %,d bytes in %.1f s (%,.0f bytes/s); of %s:%n", total, seconds,
				total / seconds, paced ? String.format("the line's %,.0f bytes", capacity) : "the bytes sent");
		System.out.printf("    event payload %.1f %% | frame flags, header, CRC %.1f %% | byte stuffing %.2f %% |"
				+ " other frames (heartbeat %d, ack %d, other %d) %.2f %%%s%n", pct(eventPayload, capacity),
				pct(eventFraming, capacity), pct(stuffing, capacity), down.frames[FrameType.HEARTBEAT],
				down.frames[FrameType.ACK], down.frames[ev] == 0 ? 0 : frameCount(down) - down.frames[ev]
						- down.frames[FrameType.HEARTBEAT] - down.frames[FrameType.ACK],
				pct(other, capacity), paced ? String.format(" | line idle %.1f %%", Math.max(0, 100 - pct(total, capacity))) : "");
		System.out.printf("    %,d event frames, %.1f bytes each on the wire (payload %.1f)%n", down.frames[ev],
				(double) down.wire[ev] / Math.max(1, down.frames[ev]), (double) eventPayload / Math.max(1, down.frames[ev]));
		if (paced) {
			System.out.printf("    paced line busy %.1f %% of the time; idle in %,d gaps: %,d of 0.1-1 ms, %,d of 1-10 ms,"
					+ " %,d longer (longest %.1f ms)%n", Math.min(100, 100.0 * down.busyNanos / (seconds * 1e9)), down.gaps[0] + down.gaps[1]
					+ down.gaps[2] + down.gaps[3], down.gaps[1], down.gaps[2], down.gaps[3], down.longestGapNanos / 1e6);
		}
		System.out.printf("  console -> PBX: %,d bytes (%,.0f bytes/s%s): ack frames %,d, heartbeats %d, other %d%n",
				up.totalWire(), up.totalWire() / seconds,
				paced ? String.format(", %.1f %% of that direction", pct(up.totalWire(), LINE_RATE * seconds)) : "",
				up.frames[FrameType.ACK], up.frames[FrameType.HEARTBEAT],
				frameCount(up) - up.frames[FrameType.ACK] - up.frames[FrameType.HEARTBEAT]);
	}

	private static long frameCount(MeteredLine.Meter m) {
		long n = 0;
		for (long f : m.frames) {
			n += f;
		}
		return n;
	}

	private static double pct(double part, double whole) {
		return whole == 0 ? 0 : 100.0 * part / whole;
	}

	private String health(Run r) {
		return String.format("resyncs %d, board mismatches %d, PBX session %s, console link counters %s", r.resyncs(),
				r.boardMismatches(), endpoint.consoleAttached() ? "kept" : "LOST", console.counters());
	}

	/**
	 * Lets the simulator send events for {@code warm + seconds} seconds: at {@code rate} a second, or
	 * (rate 0) whenever fewer than {@code inFlight} are on their way. Calls {@code open} after the
	 * warm-up and {@code close} at the end, then waits until everything has arrived.
	 */
	private Run drive(double rate, int inFlight, double warm, double seconds, Runnable open, Runnable close) {
		int capacity = 2_000_000;
		Run r = new Run(capacity);
		current = r;
		pbx.measure(r);
		long start = System.nanoTime();
		long opensAt = start + (long) (warm * 1e9);
		long end = opensAt + (long) (seconds * 1e9);
		boolean opened = false;
		int emitted = 0;
		long interval = rate > 0 ? (long) (1e9 / rate) : 0;
		for (long now = start; now < end && emitted < capacity - 100_000; now = System.nanoTime()) {
			if (!opened && now >= opensAt) {
				opened = true;
				if (open != null) {
					open.run();
				}
			}
			int room = rate > 0 ? (int) ((now - start) / interval) + 1 - emitted : inFlight - (emitted - r.received());
			if (room > 0) {
				pbx.emit(room);
				emitted += room;
			} else {
				LockSupport.parkNanos(rate > 0 ? Math.min(interval, 1_000_000) / 2 : 20_000);
			}
		}
		if (close != null) {
			close.run();
		}
		int total = emitted;
		await(() -> r.sent() >= total && r.settled(), "every event to arrive");
		return r;
	}

	/** The measured stretch: its times and the line meters at both ends. */
	private final class Window {
		long opened;
		long closed;
		MeteredLine.Meter pbxBefore;
		MeteredLine.Meter consoleBefore;
		MeteredLine.Meter pbxAfter;
		MeteredLine.Meter consoleAfter;

		void open() {
			opened = System.nanoTime();
			pbxLine.resetLongestGap();
			consoleLine.resetLongestGap();
			pbxBefore = pbxLine.snapshot();
			consoleBefore = consoleLine.snapshot();
		}

		void close() {
			closed = System.nanoTime();
			pbxAfter = pbxLine.snapshot();
			consoleAfter = consoleLine.snapshot();
		}

		double seconds() {
			return (closed - opened) / 1e9;
		}

		/** The events the simulator handed over inside the window: [first, end). */
		int[] sentRange(Run r) {
			int n = r.sent();
			int first = 0;
			while (first < n && r.sentAt(first) < opened) {
				first++;
			}
			int last = first;
			while (last < n && r.sentAt(last) <= closed) {
				last++;
			}
			return new int[] { first, last };
		}
	}

	private static void await(BooleanSupplier done, String what) {
		long deadline = System.nanoTime() + SETTLE.toNanos();
		while (!done.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("Timed out after " + SETTLE.toSeconds() + " s waiting for " + what);
			}
			LockSupport.parkNanos(1_000_000);
		}
	}

	@Override
	public void close() throws Exception {
		callControl.disconnect();
		CompletableFuture<Void> closed = new CompletableFuture<>();
		consoleThread.execute(() -> closed.complete(null)); // after the connector's own closing
		closed.get(5, TimeUnit.SECONDS);
		callControl.close();
		endpoint.close();
		endpoint.stopped().toCompletableFuture().get(5, TimeUnit.SECONDS);
		socat.close();
		consoleThread.close();
		endpointThread.close();
		simThread.close();
	}
}
