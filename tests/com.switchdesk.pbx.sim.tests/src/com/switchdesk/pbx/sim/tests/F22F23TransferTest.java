package com.switchdesk.pbx.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import com.switchdesk.pbx.RefusalReason;
import com.switchdesk.pbx.command.AnswerCall;
import com.switchdesk.pbx.command.ConferenceCall;
import com.switchdesk.pbx.command.ConsultationCall;
import com.switchdesk.pbx.command.HoldCall;
import com.switchdesk.pbx.command.ReconnectCall;
import com.switchdesk.pbx.command.TransferCall;
import com.switchdesk.pbx.command.WriteExtensionServices;
import com.switchdesk.pbx.model.Call;
import com.switchdesk.pbx.model.DeviceState;
import com.switchdesk.pbx.model.ExtensionServices;
import com.switchdesk.pbx.model.PartyState;

/**
 * F22 transfer by dialing, F23 recall, F26 three-way: the seed manual's worked examples (3.13,
 * 3.14, 3.17) with A = 8006 talking to operator B = 8000 and C = 8001.
 */
class F22F23TransferTest {

	private final SimHarness h = SimHarness.withBoundOperator();
	private final String aToB;

	F22F23TransferTest() {
		aToB = h.pbx.dial("8006", SimHarness.PILOT);
		h.run(new AnswerCall("8000", aToB));
	}

	private String consultC() {
		h.run(new ConsultationCall("8000", aToB, "8001"));
		return h.callOf("8001").id();
	}

	@Test
	void f22_dialingDuringACallHoldsTheCallerAndRingsTheThirdParty() {
		String bToC = consultC();
		assertEquals(PartyState.HELD, h.state(aToB, "8006"));
		assertEquals(PartyState.ALERTING, h.state(bToC, "8001"));
		assertEquals(DeviceState.HELD, h.lamp("8006"));
		assertEquals(DeviceState.RINGING, h.lamp("8001"));
	}

	@Test
	void f22_transferWhileTheThirdPartyRingsConnectsAWhenCAnswers() {
		String bToC = consultC();
		h.run(new TransferCall("8000", aToB, bToC));
		assertFalse(h.exists(bToC));
		Call transferred = h.call(aToB);
		assertFalse(transferred.involves("8000"), "the operator is free");
		assertEquals(PartyState.ALERTING, h.state(aToB, "8001"));
		assertEquals(DeviceState.IDLE, h.lamp("8000"));

		h.pbx.answer("8001");

		assertEquals(PartyState.CONNECTED, h.state(aToB, "8006"));
		assertEquals(PartyState.CONNECTED, h.state(aToB, "8001"));
	}

	@Test
	void f22_anUnansweredTransferComesBackToTheOperator() {
		String bToC = consultC();
		h.run(new TransferCall("8000", aToB, bToC));
		h.advance(Duration.ofSeconds(30));
		assertFalse(h.call(aToB).involves("8001"));
		assertEquals(PartyState.ALERTING, h.state(aToB, "8000"));
		assertEquals(DeviceState.IDLE, h.lamp("8001"));
	}

	@Test
	void f23_recallWhileCStillRingsReturnsTheOperatorToA() {
		String bToC = consultC();
		h.run(new ReconnectCall("8000", aToB, bToC));
		assertFalse(h.exists(bToC));
		assertEquals(PartyState.CONNECTED, h.state(aToB, "8006"));
		assertEquals(PartyState.CONNECTED, h.state(aToB, "8000"));
		assertEquals(DeviceState.IDLE, h.lamp("8001"), "C stops ringing");
	}

	@Test
	void f23_recallNeedsTheTransferRecallRight() {
		h.run(new WriteExtensionServices(ExtensionServices.operatorDefaults("8000").toBuilder()
				.transferRecall(false).build()));
		String bToC = consultC();
		var refusal = h.refused(RefusalReason.NO_RIGHT, new ReconnectCall("8000", aToB, bToC));
		assertTrue(refusal.getMessage().contains("转接回收权"), refusal.getMessage());
	}

	@Test
	void f26_threeWayAfterCAnswered() {
		String bToC = consultC();
		h.refused(RefusalReason.INVALID_STATE, new ConferenceCall("8000", aToB, bToC));
		h.pbx.answer("8001");
		h.run(new ConferenceCall("8000", aToB, bToC));
		Call conference = h.call(aToB);
		assertEquals(3, conference.parties().size());
		assertTrue(conference.parties().stream().allMatch(p -> p.state() == PartyState.CONNECTED));
		assertFalse(h.exists(bToC));

		h.pbx.hangUp("8000");
		assertEquals(2, h.call(aToB).parties().size(), "A and C go on talking without the operator");
	}

	@Test
	void f22_transferToABusyExtensionIsRefusedAndTheCallStaysUp() {
		h.pbx.dial("8001", "8002");
		var refusal = h.refused(RefusalReason.BUSY, new ConsultationCall("8000", aToB, "8001"));
		assertTrue(refusal.getMessage().contains("8001"));
		assertEquals(PartyState.CONNECTED, h.state(aToB, "8006"));
	}

	@Test
	void f22_externalTransferNeedsTheExternalTransferRight() {
		String outside = h.pbx.callFromOutside("13800000001", SimHarness.PILOT);
		h.run(new HoldCall("8000", aToB));
		h.run(new AnswerCall("8000", outside));
		h.run(new WriteExtensionServices(ExtensionServices.operatorDefaults("8000").toBuilder()
				.externalTransfer(false).build()));
		h.run(new ConsultationCall("8000", outside, "8002"));
		String consult = h.callOf("8002").id();
		h.refused(RefusalReason.NO_RIGHT, new TransferCall("8000", outside, consult));
	}
}
