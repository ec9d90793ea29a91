package com.switchdesk.pbx.sim.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.switchdesk.pbx.RefusalReason;
import com.switchdesk.pbx.command.BindOperatorPhone;
import com.switchdesk.pbx.command.MakeCall;
import com.switchdesk.pbx.event.OperatorChanged;

/** F02: binding the operator's headset phone. */
class F02BindingTest {

	@Test
	void f02_bindingIsRefusedWhileThePhoneIsOnHook() {
		SimHarness h = new SimHarness();
		var refusal = h.refused(RefusalReason.INVALID_STATE, new BindOperatorPhone("8000"));
		assertTrue(refusal.getMessage().contains("on-hook"), refusal.getMessage());
	}

	@Test
	void f02_liftedPhoneBindsAndTheConsoleMayDial() {
		SimHarness h = new SimHarness();
		h.refused(RefusalReason.NOT_BOUND, new MakeCall("8000", "8001"));
		h.pbx.liftHandset("8000");
		h.run(new BindOperatorPhone("8000"));
		assertTrue(h.lastEvent(OperatorChanged.class, e -> true).operator().bound());
		h.run(new MakeCall("8000", "8001"));
	}

	@Test
	void f02_replacingTheHandsetLosesTheBinding() {
		SimHarness h = SimHarness.withBoundOperator();
		h.pbx.replaceHandset("8000");
		assertFalse(h.lastEvent(OperatorChanged.class, e -> true).operator().bound());
		assertFalse(h.snapshot().operators().get(0).bound());
	}

	@Test
	void f02_bindingAnOrdinaryExtensionIsRefused() {
		SimHarness h = new SimHarness();
		h.refused(RefusalReason.INVALID_ARGUMENT, new BindOperatorPhone("8005"));
	}
}
