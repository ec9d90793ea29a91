package com.switchdesk.pbx.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.switchdesk.pbx.event.CallChanged;
import com.switchdesk.pbx.sim.DemoConfigs;

/**
 * F15: the simulator's generated traffic, which makes a living board for demos and load for tests, comes at
 * the rate asked for (a Poisson stream), also at rates of several calls a second, and stops when asked.
 */
class F15GeneratedTrafficTest {

	private static long callsStarted(SimHarness sim) {
		Set<String> ids = sim.events.stream().filter(CallChanged.class::isInstance)
				.map(e -> ((CallChanged) e).call().id()).collect(Collectors.toSet());
		return ids.size();
	}

	@Test
	void f15_callsComeAtTheRateAskedFor() {
		// 2,000 extensions, so that internal calls seldom find a party busy
		SimHarness sim = new SimHarness(DemoConfigs.large(2000));
		sim.pbx.generateTraffic(600); // 10 a second
		sim.clock.advance(Duration.ofSeconds(60));
		long calls = callsStarted(sim);
		// 65 % are internal (about 390); the outside ones soon find the 8 trunks busy and are dropped, as a
		// real caller gets the busy tone
		assertTrue(calls > 320 && calls < 480, "about 400 calls in a minute, was " + calls);
	}

	@Test
	void f15_stoppedTrafficMakesNoMoreCalls() {
		SimHarness sim = new SimHarness();
		sim.pbx.generateTraffic(120);
		sim.clock.advance(Duration.ofSeconds(30));
		sim.pbx.generateTraffic(0);
		long before = callsStarted(sim);
		assertTrue(before > 0, "calls were made");
		sim.clock.advance(Duration.ofSeconds(600));
		assertEquals(before, callsStarted(sim), "no new call after the traffic stopped");
	}
}
