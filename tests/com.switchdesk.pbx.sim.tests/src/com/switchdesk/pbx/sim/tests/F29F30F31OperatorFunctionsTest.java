package com.switchdesk.pbx.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.switchdesk.pbx.RefusalReason;
import com.switchdesk.pbx.command.SetGroupMember;
import com.switchdesk.pbx.command.SetNightService;
import com.switchdesk.pbx.command.SetOperatorForwarding;
import com.switchdesk.pbx.command.SetOperatorOnline;
import com.switchdesk.pbx.event.GroupChanged;
import com.switchdesk.pbx.event.NightServiceChanged;
import com.switchdesk.pbx.model.DeviceState;
import com.switchdesk.pbx.model.Forwarding;
import com.switchdesk.pbx.model.OperatorGroup;
import com.switchdesk.pbx.model.PartyState;

/** F29 offline, F30 operator forwarding cases 1 and 2, F31 night service. */
class F29F30F31OperatorFunctionsTest {

	private final SimHarness h = SimHarness.withBoundOperator();

	@Test
	void f29_offlineSendsNewAndWaitingCallsToTheOperatorHuntGroup() {
		String waiting = h.pbx.callFromOutside("13800000001", SimHarness.PILOT);
		h.run(new SetOperatorOnline("8000", false));
		assertFalse(h.call(waiting).involves("8000"));
		assertEquals(PartyState.ALERTING, h.state(waiting, "8001"), "the hunt group's first member rings");

		String next = h.pbx.callFromOutside("13800000002", SimHarness.PILOT);
		assertEquals(PartyState.ALERTING, h.state(next, "8015"), "8001 is busy: the next member rings");

		h.run(new SetOperatorOnline("8000", true));
		String back = h.pbx.callFromOutside("13800000003", SimHarness.PILOT);
		assertEquals(PartyState.ALERTING, h.state(back, "8000"));
	}

	@Test
	void f30_case1ForwardsTheOperatorsCallsToAnInternalNumber() {
		h.run(new SetOperatorForwarding("8000", Optional.of(new Forwarding("8003", false))));
		String call = h.pbx.callFromOutside("13800000001", SimHarness.PILOT);
		assertEquals(PartyState.ALERTING, h.state(call, "8003"));
		assertTrue(h.snapshot().operators().get(0).forwarding().isPresent());

		h.run(new SetOperatorForwarding("8000", Optional.empty()));
		String after = h.pbx.callFromOutside("13800000002", SimHarness.PILOT);
		assertEquals(PartyState.ALERTING, h.state(after, "8000"));
	}

	@Test
	void f30_case1ForwardsToAnExternalNumberOverATrunk() {
		h.run(new SetOperatorForwarding("8000", Optional.of(new Forwarding("13912345678", true))));
		String call = h.pbx.callFromOutside("13800000001", SimHarness.PILOT);
		assertEquals(PartyState.ALERTING, h.state(call, "13912345678"));
		assertTrue(h.call(call).party("13912345678").orElseThrow().external());
	}

	@Test
	void f30_case1RefusesAnUnknownNumber() {
		var refusal = h.refused(RefusalReason.INVALID_ARGUMENT,
				new SetOperatorForwarding("8000", Optional.of(new Forwarding("7777", false))));
		assertTrue(refusal.getMessage().contains("7777"), refusal.getMessage());
	}

	@Test
	void f30_case2ReplacesTheOperatorsSlotInTheIntelligentOperatorGroup() {
		OperatorGroup changed = h.run(new SetGroupMember(0, false, 0, "8003"));
		assertEquals(List.of("8003"), changed.dayMembers());
		assertEquals(changed, h.lastEvent(GroupChanged.class, e -> true).group());
		String call = h.pbx.callFromOutside("13800000001", SimHarness.PILOT);
		assertEquals(PartyState.ALERTING, h.state(call, "8003"));

		h.run(new SetGroupMember(0, false, 0, "8000"));
		String back = h.pbx.callFromOutside("13800000002", SimHarness.PILOT);
		assertEquals(PartyState.ALERTING, h.state(back, "8000"));
	}

	@Test
	void f30_case2RefusesASlotThatDoesNotExist() {
		var refusal = h.refused(RefusalReason.INVALID_ARGUMENT, new SetGroupMember(0, false, 3, "8003"));
		assertTrue(refusal.getMessage().contains("slot 3"), refusal.getMessage());
	}

	@Test
	void f31_nightServiceRoutesTheCompanyNumberByTheNightPlan() {
		h.run(new SetNightService(true));
		assertTrue(h.lastEvent(NightServiceChanged.class, e -> true).night());
		assertTrue(h.snapshot().nightService());
		String call = h.pbx.callFromOutside("13800000001", SimHarness.PILOT);
		assertEquals(PartyState.ALERTING, h.state(call, "8020"), "the night manager answers at night");
		assertEquals(DeviceState.RINGING, h.lamp("8020"));

		h.run(new SetNightService(false));
		String day = h.pbx.callFromOutside("13800000002", SimHarness.PILOT);
		assertEquals(PartyState.ALERTING, h.state(day, "8000"));
	}
}
