package com.switchdesk.pbx.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.switchdesk.pbx.RefusalReason;
import com.switchdesk.pbx.command.ForceRelease;
import com.switchdesk.pbx.command.Intrude;
import com.switchdesk.pbx.command.PickupCall;
import com.switchdesk.pbx.model.Call;
import com.switchdesk.pbx.model.DeviceState;
import com.switchdesk.pbx.model.PartyState;

/** F24 pickup, F25 barge-in and force release, with the barge levels of the PBX. */
class F24F25PickupBargeTest {

	private final SimHarness h = SimHarness.withBoundOperator();

	@Test
	void f24_pickupAnswersTheCallRingingAtAnotherExtension() {
		String call = h.pbx.dial("8005", "8006");
		h.run(new PickupCall("8000", "8006"));
		Call picked = h.call(call);
		assertFalse(picked.involves("8006"));
		assertEquals(PartyState.CONNECTED, h.state(call, "8000"));
		assertEquals(PartyState.CONNECTED, h.state(call, "8005"));
		assertEquals(DeviceState.IDLE, h.lamp("8006"));
	}

	@Test
	void f24_pickupOfAnExtensionThatDoesNotRingIsRefused() {
		var refusal = h.refused(RefusalReason.INVALID_STATE, new PickupCall("8000", "8006"));
		assertTrue(refusal.getMessage().contains("8006 is not ringing"), refusal.getMessage());
	}

	@Test
	void f25_bargeInJoinsTheConversation() {
		String call = h.pbx.dial("8005", "8006");
		h.pbx.answer("8006");
		h.run(new Intrude("8000", "8006"));
		assertEquals(3, h.call(call).parties().size());
		assertEquals(PartyState.CONNECTED, h.state(call, "8000"));
	}

	@Test
	void f25_bargeInIsRefusedWhenTheTargetsLevelIsHigher() {
		h.pbx.dial("8088", "8006");
		h.pbx.answer("8006");
		var refusal = h.refused(RefusalReason.LEVEL_TOO_LOW, new Intrude("8000", "8088"));
		assertEquals("Barge-in refused: 8088's level 0 is higher than yours (1)", refusal.getMessage());
		h.refused(RefusalReason.LEVEL_TOO_LOW, new ForceRelease("8000", "8088"));
	}

	@Test
	void f25_forceReleaseClearsTheTargetsCall() {
		String call = h.pbx.dial("8005", "8006");
		h.pbx.answer("8006");
		h.run(new ForceRelease("8000", "8006"));
		assertFalse(h.exists(call));
		assertEquals(DeviceState.IDLE, h.lamp("8005"));
		assertEquals(DeviceState.IDLE, h.lamp("8006"));
	}

	@Test
	void f25_bargeInOnAnIdleExtensionIsRefused() {
		h.refused(RefusalReason.INVALID_STATE, new Intrude("8000", "8006"));
		h.refused(RefusalReason.INVALID_STATE, new ForceRelease("8000", "8006"));
	}
}
