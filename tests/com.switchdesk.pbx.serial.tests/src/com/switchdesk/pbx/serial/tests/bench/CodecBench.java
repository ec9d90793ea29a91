package com.switchdesk.pbx.serial.tests.bench;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import com.switchdesk.pbx.event.PbxEvent;
import com.switchdesk.pbx.serial.LinkTimings;
import com.switchdesk.pbx.serial.internal.codec.Counters;
import com.switchdesk.pbx.serial.internal.codec.FrameType;
import com.switchdesk.pbx.serial.internal.codec.MalformedPayloadException;
import com.switchdesk.pbx.serial.internal.codec.Messages;
import com.switchdesk.pbx.serial.internal.link.Link;
import com.switchdesk.pbx.serial.internal.link.LinkHandler;
import com.switchdesk.pbx.testing.ManualScheduler;

/**
 * Codec and link layer on one thread: the PBX's link encodes each event, frames it and sends it
 * within its window; the console's link decodes the frames, checks sequence numbers and CRCs,
 * acknowledges, and the event is decoded again; the acknowledgements go back and open the window.
 * What one core does with the line data, as a multiple of what a 115,200-baud line carries.
 */
final class CodecBench {

	/** 115,200 baud, 8N1: 10 bits a byte. */
	static final double LINE_BYTES_PER_SECOND = 11_520;

	private final List<PbxEvent> mix;
	private final ManualScheduler clock = new ManualScheduler(Instant.parse("2026-11-25T08:00:00Z"));
	private final ByteArrayOutputStream toConsole = new ByteArrayOutputStream();
	private final ByteArrayOutputStream toPbx = new ByteArrayOutputStream();
	private final Side pbxSide = new Side();
	private final Side consoleSide = new Side();
	private final Link pbx;
	private final Link console;
	private long lineBytes;

	CodecBench(List<PbxEvent> mix) {
		this.mix = mix;
		LinkTimings timings = LinkTimings.defaults();
		pbx = new Link(clock, timings, toConsole::writeBytes, n -> Duration.ZERO, pbxSide, new Counters());
		console = new Link(clock, timings, toPbx::writeBytes, n -> Duration.ZERO, consoleSide, new Counters());
		pbx.startSession();
		console.startSession();
	}

	/** Prints the rounds and returns the median multiple of the line rate. */
	double run(int eventsPerRound, int warmUpRounds, int rounds) {
		for (int i = 0; i < warmUpRounds; i++) {
			round(eventsPerRound);
		}
		double[] multiples = new double[rounds];
		double[] eventsPerSecond = new double[rounds];
		for (int i = 0; i < rounds; i++) {
			long bytesBefore = lineBytes;
			long start = System.nanoTime();
			round(eventsPerRound);
			double seconds = (System.nanoTime() - start) / 1e9;
			double bytesPerSecond = (lineBytes - bytesBefore) / seconds;
			multiples[i] = bytesPerSecond / LINE_BYTES_PER_SECOND;
			eventsPerSecond[i] = eventsPerRound / seconds;
			System.out.printf("  round %d: %,d events in %.3f s = %,.0f events/s, %.2f MB/s of line data = %.0f x 115200 baud%n",
					i + 1, eventsPerRound, seconds, eventsPerSecond[i], bytesPerSecond / 1e6, multiples[i]);
		}
		double median = median(multiples);
		System.out.printf("codec + link, one thread, median of %d rounds: %,.0f events/s, %.0f x the 115200-baud line rate"
				+ " (goal >= 100 x)%n", rounds, median(eventsPerSecond), median);
		return median;
	}

	/** Sends {@code n} events of the mix through both links and back, until every event is decoded. */
	private void round(int n) {
		long decodedBefore = consoleSide.decoded;
		for (int i = 0; i < n; i++) {
			PbxEvent e = mix.get(i % mix.size());
			pbx.sendMessage(FrameType.EVENT, Messages.event(e));
			if (pbx.backlog() > 64) {
				carry();
			}
		}
		while (pbx.backlog() > 0 || toConsole.size() > 0 || toPbx.size() > 0) {
			carry();
		}
		if (consoleSide.decoded - decodedBefore != n) {
			throw new IllegalStateException("Decoded " + (consoleSide.decoded - decodedBefore) + " of " + n + " events");
		}
	}

	/** What each side wrote arrives at the other in one read, as several frames do from a serial port. */
	private void carry() {
		if (toConsole.size() > 0) {
			byte[] bytes = toConsole.toByteArray();
			toConsole.reset();
			lineBytes += bytes.length;
			console.receive(bytes);
		}
		if (toPbx.size() > 0) {
			byte[] bytes = toPbx.toByteArray();
			toPbx.reset();
			pbx.receive(bytes);
		}
	}

	static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int n = sorted.length;
		return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
	}

	/** Decodes every event it receives, as the console does. */
	private static final class Side implements LinkHandler {
		long decoded;
		PbxEvent last;

		@Override
		public void onMessage(int type, byte[] payload) {
			try {
				last = Messages.readEvent(payload);
				decoded++;
			} catch (MalformedPayloadException e) {
				throw new IllegalStateException(e);
			}
		}

		@Override
		public void onHello(byte[] payload) {
		}

		@Override
		public void onHeartbeat(byte[] payload) {
		}

		@Override
		public void onFrameWithoutSession(int type) {
		}

		@Override
		public void onLinkLost(String reason) {
			throw new IllegalStateException(reason);
		}

		@Override
		public byte[] heartbeatPayload() {
			return new byte[0];
		}
	}
}
