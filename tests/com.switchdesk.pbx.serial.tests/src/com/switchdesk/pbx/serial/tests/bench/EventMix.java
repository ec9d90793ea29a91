package com.switchdesk.pbx.serial.tests.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.switchdesk.pbx.PbxConnector;
import com.switchdesk.pbx.Schedulers;
import com.switchdesk.pbx.Schedulers.ClosableScheduler;
import com.switchdesk.pbx.event.CallChanged;
import com.switchdesk.pbx.event.CallCleared;
import com.switchdesk.pbx.event.ExtensionChanged;
import com.switchdesk.pbx.event.GroupChanged;
import com.switchdesk.pbx.event.OperatorChanged;
import com.switchdesk.pbx.event.PbxEvent;
import com.switchdesk.pbx.event.SnapshotEvent;
import com.switchdesk.pbx.model.PbxSnapshot;
import com.switchdesk.pbx.serial.internal.codec.Messages;

/**
 * A realistic stream of PBX events, recorded from the embedded simulator with 10,000 extensions while
 * it carries calls the way its traffic generator makes them (a third from outside to the operator
 * pilot, the rest between extensions, most answered, all hung up later), and the snapshot it started
 * from. Replayed with new sequence numbers by the other benchmarks.
 */
record EventMix(PbxSnapshot snapshot, List<PbxEvent> events) {

	static EventMix record(int extensions, int count) throws Exception {
		try (ClosableScheduler thread = Schedulers.newRealTime("simulator")) {
			Simulator sim = new Simulator(extensions, thread);
			PbxConnector connector = sim.connect();
			CompletableFuture<PbxSnapshot> first = new CompletableFuture<>();
			List<PbxEvent> events = new ArrayList<>();
			connector.addListener(e -> {
				if (e instanceof SnapshotEvent s) {
					first.complete(s.snapshot());
				} else if (first.isDone() && isReplayable(e)) {
					events.add(e);
				}
			});
			connector.start();
			PbxSnapshot snapshot = first.get(30, TimeUnit.SECONDS);
			List<String> numbers = snapshot.extensions().stream().map(x -> x.number()).filter(n -> !n.equals("8000"))
					.toList();
			Random random = new Random(20261125L);
			TreeMap<Integer, List<Runnable>> later = new TreeMap<>();
			int[] step = { 0 };
			while (events.size() < count) {
				sim.onPbxThread(() -> {
					for (int i = 0; i < 100 && events.size() < count; i++) {
						step[0]++;
						oneCall(sim, numbers, random, step[0], later);
						for (Map.Entry<Integer, List<Runnable>> due; (due = later.firstEntry()) != null
								&& due.getKey() <= step[0];) {
							later.pollFirstEntry().getValue().forEach(EventMix::quietly);
						}
					}
				});
			}
			connector.close();
			return new EventMix(snapshot, List.copyOf(events.subList(0, count)));
		}
	}

	/** One call as the traffic generator makes them; steps stand in for its seconds. */
	private static void oneCall(Simulator sim, List<String> numbers, Random random, int step,
			TreeMap<Integer, List<Runnable>> later) {
		if (random.nextInt(100) < 35) {
			String caller = "13" + (800_000_000 + random.nextInt(99_999_999));
			quietly(() -> sim.callFromOutside(caller, "999"));
			at(later, step + 3 + random.nextInt(15), () -> sim.hangUp(caller));
		} else {
			String from = numbers.get(random.nextInt(numbers.size()));
			String to = numbers.get(random.nextInt(numbers.size()));
			if (from.equals(to)) {
				return;
			}
			quietly(() -> sim.dial(from, to));
			if (random.nextInt(100) < 75) {
				at(later, step + 1 + random.nextInt(3), () -> sim.answer(to));
			}
			at(later, step + 5 + random.nextInt(40), () -> sim.hangUp(from));
		}
	}

	private static void at(TreeMap<Integer, List<Runnable>> later, int step, Runnable action) {
		later.computeIfAbsent(step, k -> new ArrayList<>()).add(action);
	}

	/** A person's action that the situation no longer allows (busy, no trunk, stopped ringing): skipped. */
	private static void quietly(Runnable action) {
		try {
			action.run();
		} catch (RuntimeException e) {
			// as a real caller would, try something else
		}
	}

	private static boolean isReplayable(PbxEvent e) {
		return e instanceof ExtensionChanged || e instanceof CallChanged || e instanceof CallCleared
				|| e instanceof OperatorChanged || e instanceof GroupChanged;
	}

	/** The same event with another sequence number. */
	static PbxEvent renumber(PbxEvent e, long sequence) {
		return switch (e) {
		case ExtensionChanged x -> new ExtensionChanged(sequence, x.extension());
		case CallChanged c -> new CallChanged(sequence, c.call(), c.cause());
		case CallCleared c -> new CallCleared(sequence, c.callId(), c.cause());
		case OperatorChanged o -> new OperatorChanged(sequence, o.operator());
		case GroupChanged g -> new GroupChanged(sequence, g.group());
		default -> throw new IllegalArgumentException("Not replayable: " + e);
		};
	}

	/** E.g. "ExtensionChanged 52 %, CallChanged 31 %, ...; payload 38 bytes on average". */
	String describe() {
		Map<String, Integer> byType = new TreeMap<>();
		long bytes = 0;
		for (PbxEvent e : events) {
			byType.merge(e.getClass().getSimpleName(), 1, Integer::sum);
			bytes += Messages.event(e).length;
		}
		StringBuilder b = new StringBuilder();
		byType.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
				.forEach(en -> b.append(b.isEmpty() ? "" : ", ").append(en.getKey()).append(' ')
						.append(Math.round(100.0 * en.getValue() / events.size())).append(" %"));
		return String.format("%,d events: %s; event payload %.1f bytes on average", events.size(), b,
				(double) bytes / events.size());
	}
}
