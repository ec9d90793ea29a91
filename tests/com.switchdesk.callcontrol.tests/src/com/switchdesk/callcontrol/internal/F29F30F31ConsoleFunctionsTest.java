package com.switchdesk.callcontrol.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.switchdesk.callcontrol.ActionRefusedException.Problem;
import com.switchdesk.callcontrol.OperatorConsole.GroupSlot;
import com.switchdesk.callcontrol.OperatorMode;
import com.switchdesk.pbx.ConnectionState;
import com.switchdesk.pbx.model.Forwarding;
import com.switchdesk.pbx.model.OperatorGroup;
import com.switchdesk.pbx.sim.SimulatedPbx;

/** F29 offline, F30 forwarding cases 1 and 2, F31 night service, F39 PBX restart. */
class F29F30F31ConsoleFunctionsTest {

	private final ConsoleHarness h = ConsoleHarness.ready();

	@Test
	void f29_offlineLocksTheConsoleUntilBackOnline() {
		h.ok(h.console.setOnline(false));
		assertEquals(OperatorMode.LOCKED, h.mode());
		assertFalse(h.state().online());
		h.refusedByConsole(Problem.OFFLINE, h.console.enter("8001"));
		h.outsideCall("13800000001");
		assertTrue(h.state().queue().isEmpty(), "calls go to the hunt group, not to the console");
		h.ok(h.console.setOnline(true));
		assertEquals(OperatorMode.IDLE, h.mode());
	}

	@Test
	void f30_case1ForwardingAndItsCancellation() {
		h.ok(h.console.setForwarding(Optional.of(new Forwarding("8003", false))));
		assertEquals("8003", h.state().forwarding().orElseThrow().number());
		h.outsideCall("13800000001");
		assertTrue(h.state().queue().isEmpty());
		h.ok(h.console.setForwarding(Optional.empty()));
		assertTrue(h.state().forwarding().isEmpty());
	}

	@Test
	void f30_case2ReplacesTheDayAndNightSlots() {
		h.ok(h.console.replaceGroupMember(new GroupSlot(0, true, 0, true, 0), "8003"));
		OperatorGroup group = h.pbx.snapshot().groups().get(0);
		assertEquals(List.of("8003"), group.dayMembers());
		assertEquals(List.of("8003"), group.nightMembers());
	}

	@Test
	void f31_nightServiceSwitchesBackAndForth() {
		h.ok(h.console.setNightService(true));
		assertTrue(h.state().nightService());
		h.ok(h.console.setNightService(false));
		assertFalse(h.state().nightService());
	}

	@Test
	void f39_aPbxRestartDisconnectsThenResynchronisesAndAsksToBindAgain() {
		h.answeredOutsideCall("13800000001");
		h.pbx.restart();
		assertEquals(OperatorMode.DISCONNECTED, h.mode());
		assertEquals(ConnectionState.RECONNECTING, h.state().connection().state());
		h.refusedByConsole(Problem.NOT_CONNECTED, h.console.enter("8001"));
		h.advance(SimulatedPbx.RESTART_TIME);
		assertEquals(OperatorMode.UNBOUND, h.mode());
		assertTrue(h.state().current().isEmpty());
		h.pbx.liftHandset("8000");
		h.ok(h.console.bind());
		assertEquals(OperatorMode.IDLE, h.mode());
	}
}
