package com.switchdesk.pbx.serial.tests.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.switchdesk.pbx.PbxConnector;
import com.switchdesk.pbx.Schedulers;
import com.switchdesk.pbx.Schedulers.ClosableScheduler;
import com.switchdesk.pbx.event.SnapshotEvent;
import com.switchdesk.pbx.model.PbxSnapshot;
import com.switchdesk.pbx.serial.internal.codec.CommandCodec;
import com.switchdesk.pbx.serial.internal.codec.Messages;

/**
 * The embedded simulator with 10,000 extensions: how many events a second it produces, counted at a
 * listener of its in-process connector (on the PBX thread, as the serial endpoint's listener is).
 * First with its own traffic generator asked for far more calls than it makes, then driven flat out
 * (dial, answer, hang up as fast as the PBX thread takes them) with calls already up in the
 * background; and what its snapshot costs.
 */
final class SimulatorBench {

	private SimulatorBench() {
	}

	static void run(int extensions, int backgroundCalls, double seconds) throws Exception {
		try (ClosableScheduler thread = Schedulers.newRealTime("simulator")) {
			Simulator sim = new Simulator(extensions, thread);
			PbxConnector connector = sim.connect();
			long[] events = { 0 };
			CompletableFuture<Void> online = new CompletableFuture<>();
			connector.addListener(e -> {
				if (e instanceof SnapshotEvent) {
					online.complete(null);
				} else {
					events[0]++; // PBX thread
				}
			});
			connector.start();
			online.get(30, TimeUnit.SECONDS);
			snapshot(sim);

			long before = count(sim, events);
			long start = System.nanoTime();
			sim.generateTraffic(60_000);
			Thread.sleep((long) (seconds * 1000));
			long generated = count(sim, events) - before;
			double generatedSeconds = (System.nanoTime() - start) / 1e9;
			sim.generateTraffic(0);
			System.out.printf("simulator, %,d extensions, traffic generator asked for 60,000 calls/min: %,.0f events/s"
					+ " (%,d in %.1f s)%n", extensions, generated / generatedSeconds, generated, generatedSeconds);

			List<String> numbers = sim.snapshot().extensions().stream().map(x -> x.number())
					.filter(n -> !n.equals("8000")).toList();
			Random random = new Random(42);
			List<String> busy = new ArrayList<>();
			sim.onPbxThread(() -> {
				while (busy.size() < 2 * backgroundCalls) {
					String a = numbers.get(random.nextInt(numbers.size()));
					String b = numbers.get(random.nextInt(numbers.size()));
					if (!a.equals(b) && !busy.contains(a) && !busy.contains(b)) {
						try {
							sim.dial(a, b);
							sim.answer(b);
							busy.add(a);
							busy.add(b);
						} catch (RuntimeException e) {
							// still in a call the traffic generator made
						}
					}
				}
			});
			for (int warm = 0; warm < 2; warm++) {
				flatOut(sim, numbers, random, events, warm == 0 ? 2 : seconds, warm == 1, extensions, backgroundCalls);
			}
		}
	}

	private static void flatOut(Simulator sim, List<String> numbers, Random random, long[] events, double seconds,
			boolean print, int extensions, int backgroundCalls) {
		long before = count(sim, events);
		long cycles = 0;
		long start = System.nanoTime();
		long end = start + (long) (seconds * 1e9);
		while (System.nanoTime() < end) {
			sim.onPbxThread(() -> {
				for (int i = 0; i < 100; i++) {
					String a = numbers.get(random.nextInt(numbers.size()));
					String b = numbers.get(random.nextInt(numbers.size()));
					try {
						sim.dial(a, b);
						sim.answer(b);
						sim.hangUp(a);
					} catch (RuntimeException e) {
						// a or b is in one of the background calls: a real caller hears busy
					}
				}
			});
			cycles += 100;
		}
		double took = (System.nanoTime() - start) / 1e9;
		long n = count(sim, events) - before;
		if (print) {
			System.out.printf("simulator, %,d extensions, %d calls up, driven flat out (dial, answer, hang up):"
					+ " %,.0f events/s (%,d in %.1f s, %,.0f call attempts/s)%n", extensions, backgroundCalls, n / took, n,
					took, cycles / took);
		}
	}

	private static void snapshot(Simulator sim) {
		PbxSnapshot s = sim.snapshot();
		long start = System.nanoTime();
		int rounds = 20;
		for (int i = 0; i < rounds; i++) {
			s = sim.snapshot();
		}
		double ms = (System.nanoTime() - start) / 1e6 / rounds;
		int bytes = Messages.result(1, CommandCodec.READ_SNAPSHOT, s).length;
		System.out.printf("simulator snapshot of %,d extensions: %.1f ms to build; %,d bytes encoded = %.1f s on a"
				+ " 115200-baud line, %.0f s at 9600 (payload only)%n", s.extensions().size(), ms, bytes, bytes / 11_520.0,
				bytes / 960.0);
	}

	private static long count(Simulator sim, long[] events) {
		long[] n = new long[1];
		sim.onPbxThread(() -> n[0] = events[0]);
		return n[0];
	}
}
