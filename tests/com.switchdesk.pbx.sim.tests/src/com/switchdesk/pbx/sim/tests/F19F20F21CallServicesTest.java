package com.switchdesk.pbx.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import com.switchdesk.pbx.RefusalReason;
import com.switchdesk.pbx.command.AnswerCall;
import com.switchdesk.pbx.command.BindOperatorPhone;
import com.switchdesk.pbx.command.ConsultationCall;
import com.switchdesk.pbx.command.Hookflash;
import com.switchdesk.pbx.command.MakeCall;
import com.switchdesk.pbx.command.ParkCall;
import com.switchdesk.pbx.command.SendDigits;
import com.switchdesk.pbx.command.UnparkCall;
import com.switchdesk.pbx.model.DeviceState;
import com.switchdesk.pbx.model.PartyState;
import com.switchdesk.pbx.sim.DemoConfigs;

/** F19 hookflash, F20 post-dial digits, F21 system park, and outgoing calls over a trunk. */
class F19F20F21CallServicesTest {

	private final SimHarness h = SimHarness.withBoundOperator();

	private String answeredOutsideCall() {
		String call = h.pbx.callFromOutside("13800000001", SimHarness.PILOT);
		h.run(new AnswerCall("8000", call));
		return call;
	}

	@Test
	void f19_hookflashPutsTheCallerOnHoldAndTheOperatorDialsAThirdParty() {
		String call = answeredOutsideCall();
		h.run(new Hookflash("8000", call));
		assertEquals(PartyState.HELD, h.state(call, "13800000001"));
		h.run(new ConsultationCall("8000", call, "8003"));
		assertEquals(DeviceState.RINGING, h.lamp("8003"));
	}

	@Test
	void f20_digitsAreSentIntoAnAnsweredExternalCall() {
		h.run(new MakeCall("8000", "10086000"));
		String call = h.callOf("10086000").id();
		assertEquals(PartyState.ALERTING, h.state(call, "10086000"));
		h.refused(RefusalReason.INVALID_STATE, new SendDigits("8000", call, "1"));
		h.advance(h.pbx.config().externalAnswerDelay());
		assertEquals(PartyState.CONNECTED, h.state(call, "10086000"));

		h.run(new SendDigits("8000", call, "1"));
		h.run(new SendDigits("8000", call, "23#"));

		assertEquals("123#", h.pbx.receivedDigits("10086000"));
	}

	@Test
	void f20_malformedDigitsAreRejectedBeforeTheyReachThePbx() {
		assertThrows(IllegalArgumentException.class, () -> new SendDigits("8000", "C1", "12a"));
	}

	@Test
	void f21_parkSendsTheCallToASlotAndFreesTheOperator() {
		String call = answeredOutsideCall();
		String slot = h.run(new ParkCall("8000", call));
		assertEquals("701", slot);
		assertEquals(PartyState.PARKED, h.state(call, "13800000001"));
		assertFalse(h.call(call).involves("8000"));
		assertEquals(DeviceState.IDLE, h.lamp("8000"));

		h.run(new UnparkCall("8000", slot));
		assertEquals(PartyState.CONNECTED, h.state(call, "13800000001"));
		assertEquals("", h.call(call).parkSlot());
	}

	@Test
	void f21_aPbxWithoutParkRefusesClearly() {
		SimHarness noPark = new SimHarness(DemoConfigs.hotelWithoutPark());
		noPark.pbx.liftHandset("8000");
		noPark.run(new BindOperatorPhone("8000"));
		String call = noPark.pbx.callFromOutside("13800000001", SimHarness.PILOT);
		noPark.run(new AnswerCall("8000", call));
		var refusal = noPark.refused(RefusalReason.NOT_SUPPORTED, new ParkCall("8000", call));
		assertTrue(refusal.getMessage().contains("no system park"), refusal.getMessage());
		assertEquals(PartyState.CONNECTED, noPark.state(call, "8000"), "the call is untouched");
	}

	@Test
	void f22_unknownNumbersAndBusyTrunksAreRefused() {
		h.refused(RefusalReason.UNKNOWN_DEVICE, new MakeCall("8000", "1234"));
		for (int i = 0; i < h.pbx.config().trunks(); i++) {
			h.pbx.callFromOutside("1390000000" + i, String.valueOf(8100 + i));
		}
		var refusal = h.refused(RefusalReason.BUSY, new MakeCall("8000", "075512345678"));
		assertTrue(refusal.getMessage().contains("trunk"), refusal.getMessage());
		h.advance(Duration.ofSeconds(31));
	}
}
