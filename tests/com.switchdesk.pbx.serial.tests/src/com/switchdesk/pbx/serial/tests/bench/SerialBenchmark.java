package com.switchdesk.pbx.serial.tests.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * The serial link's benchmarks (not tests): run by {@code releng/scripts/benchmark.sh serial},
 * figures in docs/PERFORMANCE.md ("Serial link (F38, F39)"). Plain JVM on the built jars and
 * jSerialComm; needs socat for the pseudo-terminal pair.
 * <ol>
 * <li>codec and link layer on one thread, as a multiple of the 115,200-baud line rate
 * ({@link CodecBench});</li>
 * <li>over a socat pseudo-terminal pair, unthrottled: events a second, and latency from the simulator
 * handing an event over to the console's connector listener and to call control's busy-lamp board
 * ({@link LineBench});</li>
 * <li>the same line paced to 115,200 baud both ways: the share of the line that carries events, with
 * this console (it acknowledges at once) and with a peer that acknowledges 100 ms late;</li>
 * <li>the embedded simulator with 10,000 extensions: events a second ({@link SimulatorBench}).</li>
 * </ol>
 * The event stream of 1–3 is recorded from the simulator with 10,000 extensions ({@link EventMix}).
 * Arguments: {@code <work folder> [extensions] [seconds per measurement]}.
 */
public final class SerialBenchmark {

	/** Kept so that the level holds: the link's INFO lines (sessions opened and closed) are not figures. */
	private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger("com.switchdesk");

	private SerialBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path work = Path.of(args.length > 0 ? args[0] : "target/serial-bench").toAbsolutePath();
		int extensions = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
		double seconds = args.length > 2 ? Double.parseDouble(args[2]) : 10;
		Files.createDirectories(work);
		LOG.setLevel(java.util.logging.Level.WARNING);
		System.out.printf("machine: %d cores, Java %s, %s%n", Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.version"), Instant.now());

		EventMix mix = EventMix.record(extensions, 20_000);
		System.out.println("event mix from the simulator (" + extensions + " extensions): " + mix.describe());

		System.out.println("== 1. codec + link layer, one thread");
		new CodecBench(mix.events()).run(100_000, 10, 7);

		Path pty = Files.createTempDirectory(work, "pty");
		try (LineBench line = new LineBench(mix, pty)) {
			System.out.println("== 2. over a socat pty pair, unthrottled");
			double max = line.throughput(256, seconds);
			line.latency(500, seconds);
			line.latency(Math.max(500, Math.round(max / 2 / 100) * 100), seconds);
			System.out.println("== 3. paced to 115200 baud (11,520 bytes/s each way)");
			line.paced(256, 1.5 * seconds, Duration.ZERO);
			line.paced(256, seconds, Duration.ofMillis(100));
		}

		System.out.println("== 4. the embedded simulator");
		SimulatorBench.run(extensions, 200, seconds);
	}
}
