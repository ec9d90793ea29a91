package com.switchdesk.pbx.sim.internal;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import com.switchdesk.pbx.PbxRefusedException;
import com.switchdesk.pbx.Scheduler.Cancellable;
import com.switchdesk.pbx.sim.DemoConfigs;

/**
 * Generated traffic so that a demo shows a living board: outside callers ring the operator and give
 * up after a while, extensions call each other, answer, talk and hang up. Deterministic for a seed.
 */
public final class TrafficGenerator {

	private final PbxThread thread;
	private final Supplier<Core> core;
	private final Random random;
	private double callsPerMinute;
	private Cancellable next;

	public TrafficGenerator(PbxThread thread, Supplier<Core> core, long seed) {
		this.thread = thread;
		this.core = core;
		this.random = new Random(seed);
	}

	/** Starts (or changes the rate of) generated calls; 0 stops. Call on the PBX thread. */
	public void start(double perMinute) {
		stop();
		callsPerMinute = perMinute;
		if (perMinute > 0) {
			scheduleNext();
		}
	}

	public void stop() {
		if (next != null) {
			next.cancel();
			next = null;
		}
		callsPerMinute = 0;
	}

	private void scheduleNext() {
		// exponential inter-arrival times: a Poisson stream of calls
		double meanSeconds = 60.0 / callsPerMinute;
		long millis = (long) (-Math.log(1 - random.nextDouble()) * meanSeconds * 1000);
		// at least a millisecond apart so that the clock moves between calls; no other floor, or a high rate
		// asked for would silently become at most a few calls a second
		next = thread.schedule(Duration.ofMillis(Math.max(1, millis)), () -> {
			oneCall();
			if (callsPerMinute > 0) {
				scheduleNext();
			}
		});
	}

	private void oneCall() {
		Phones phones = core.get().phones();
		List<String> numbers = core.get().extensionNumbers();
		try {
			if (random.nextInt(100) < 35) {
				String caller = "1" + (3800000000L + random.nextInt(99_999_999));
				phones.callFromOutside(caller, DemoConfigs.COMPANY_PILOT);
				later(30 + random.nextInt(150), () -> phones.hangUp(caller));
			} else {
				String from = numbers.get(1 + random.nextInt(numbers.size() - 1));
				String to = numbers.get(1 + random.nextInt(numbers.size() - 1));
				if (from.equals(to) || !core.get().isIdle(from)) {
					return;
				}
				phones.dial(from, to);
				if (random.nextInt(100) < 75) {
					later(2 + random.nextInt(10), () -> {
						if (core.get().isRinging(to)) {
							phones.answer(to);
							later(15 + random.nextInt(120), () -> phones.hangUp(from));
						}
					});
				}
				later(45, () -> phones.hangUp(from));
			}
		} catch (PbxRefusedException | IllegalArgumentException | IllegalStateException e) {
			// busy, out of service or no trunk: a real caller would simply try later
		}
	}

	private void later(int seconds, Runnable action) {
		thread.schedule(Duration.ofSeconds(seconds), () -> {
			try {
				action.run();
			} catch (PbxRefusedException | IllegalArgumentException | IllegalStateException e) {
				// the situation changed meanwhile (the call ended, the phone was answered elsewhere)
			}
		});
	}
}
