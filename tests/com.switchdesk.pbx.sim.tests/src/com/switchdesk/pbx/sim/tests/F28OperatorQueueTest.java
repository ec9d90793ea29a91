package com.switchdesk.pbx.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.switchdesk.pbx.RefusalReason;
import com.switchdesk.pbx.command.AnswerCall;
import com.switchdesk.pbx.command.ClearConnection;
import com.switchdesk.pbx.command.HoldCall;
import com.switchdesk.pbx.command.RetrieveCall;
import com.switchdesk.pbx.event.CallCause;
import com.switchdesk.pbx.event.CallChanged;
import com.switchdesk.pbx.model.DeviceState;
import com.switchdesk.pbx.model.PartyState;

/** F27/F28: inbound calls wait at the operator position in operator mode; any may be answered. */
class F28OperatorQueueTest {

	@Test
	void f28_callsToTheCompanyNumberWaitAtTheOperatorAndAnyCanBeAnswered() {
		SimHarness h = SimHarness.withBoundOperator();
		String first = h.pbx.callFromOutside("13800000001", SimHarness.PILOT);
		String second = h.pbx.callFromOutside("13800000002", SimHarness.PILOT);
		String third = h.pbx.callFromOutside("13800000003", SimHarness.PILOT);
		assertEquals(PartyState.ALERTING, h.state(second, "8000"));
		assertEquals(DeviceState.RINGING, h.lamp("8000"));

		h.run(new AnswerCall("8000", third));

		assertEquals(PartyState.CONNECTED, h.state(third, "8000"));
		assertEquals(PartyState.CONNECTED, h.state(third, "13800000003"));
		assertEquals(PartyState.QUEUED, h.state(first, "8000"), "others wait while the operator talks");
		assertEquals(PartyState.QUEUED, h.state(second, "8000"));
		assertEquals(DeviceState.TALKING, h.lamp("8000"));
	}

	@Test
	void f28_answeringWhileTalkingIsRefusedUntilTheCurrentCallIsHeld() {
		SimHarness h = SimHarness.withBoundOperator();
		String first = h.pbx.callFromOutside("13800000001", SimHarness.PILOT);
		String second = h.pbx.callFromOutside("13800000002", SimHarness.PILOT);
		h.run(new AnswerCall("8000", first));
		var refusal = h.refused(RefusalReason.INVALID_STATE, new AnswerCall("8000", second));
		assertTrue(refusal.getMessage().contains("hold"), refusal.getMessage());

		h.run(new HoldCall("8000", first));
		h.run(new AnswerCall("8000", second));
		assertEquals(PartyState.HELD, h.state(first, "13800000001"));
		assertEquals(PartyState.CONNECTED, h.state(second, "8000"));

		h.run(new ClearConnection("8000", second));
		h.run(new RetrieveCall("8000", first));
		assertEquals(PartyState.CONNECTED, h.state(first, "13800000001"));
	}

	@Test
	void f28_aCallerWhoGivesUpLeavesTheQueue() {
		SimHarness h = SimHarness.withBoundOperator();
		String call = h.pbx.callFromOutside("13800000001", SimHarness.PILOT);
		h.pbx.hangUp("13800000001");
		assertTrue(!h.exists(call));
		assertEquals(DeviceState.IDLE, h.lamp("8000"));
	}

	@Test
	void f27_holdAndRetrieveChangeTheOtherPartysState() {
		SimHarness h = SimHarness.withBoundOperator();
		String call = h.pbx.callFromOutside("13800000001", SimHarness.PILOT);
		h.run(new AnswerCall("8000", call));
		h.run(new HoldCall("8000", call));
		assertEquals(PartyState.HELD, h.state(call, "13800000001"));
		assertEquals(PartyState.HOLDING, h.state(call, "8000"));
		assertEquals(CallCause.HELD, h.lastEvent(CallChanged.class, e -> e.call().id().equals(call)).cause());
		h.refused(RefusalReason.INVALID_STATE, new HoldCall("8000", call));
		h.run(new RetrieveCall("8000", call));
		assertEquals(PartyState.CONNECTED, h.state(call, "13800000001"));
	}

	@Test
	void f28_anInternalCallerReachesTheOperatorThroughThePilot() {
		SimHarness h = SimHarness.withBoundOperator();
		String call = h.pbx.dial("8006", SimHarness.PILOT);
		assertEquals(PartyState.ALERTING, h.state(call, "8000"));
		assertEquals(DeviceState.CALLING, h.lamp("8006"));
	}
}
