package com.switchdesk.callcontrol.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.switchdesk.callcontrol.ActionRefusedException.Problem;
import com.switchdesk.callcontrol.ConsoleNotice;
import com.switchdesk.callcontrol.OperatorMode;
import com.switchdesk.pbx.RefusalReason;

/** F01/F02/F18: the session, binding and the keypad's Dial/Answer, with every refusal visible. */
class F18KeypadTest {

	@Test
	void f02_beforeLoginAndBindingCallActionsAreRefusedClearly() {
		ConsoleHarness h = new ConsoleHarness();
		assertEquals(OperatorMode.LOGGED_OUT, h.mode());
		h.refusedByConsole(Problem.NOT_LOGGED_IN, h.console.enter("8001"));
		h.ok(h.console.open("8000"));
		assertEquals(OperatorMode.UNBOUND, h.mode());
		h.refusedByConsole(Problem.NOT_BOUND, h.console.enter("8001"));
		h.refusedByPbx(RefusalReason.INVALID_STATE, h.console.bind());
		h.pbx.liftHandset("8000");
		h.ok(h.console.bind());
		assertTrue(h.state().bound());
		assertEquals(OperatorMode.IDLE, h.mode());
	}

	@Test
	void f01_onlyAnOperatorPositionCanBeOpened() {
		ConsoleHarness h = new ConsoleHarness();
		h.refusedByConsole(Problem.INVALID_NUMBER, h.console.open("8005"));
		assertEquals("", h.state().position());
	}

	@Test
	void f02_aLostBindingIsAnnounced() {
		ConsoleHarness h = ConsoleHarness.ready();
		h.pbx.replaceHandset("8000");
		assertTrue(h.noticed(ConsoleNotice.Kind.BINDING_LOST));
		assertEquals(OperatorMode.UNBOUND, h.mode());
	}

	@Test
	void f18_enterDialsTheTypedNumber() {
		ConsoleHarness h = ConsoleHarness.ready();
		h.ok(h.console.enter("8001"));
		assertEquals(OperatorMode.CALLING, h.mode());
		assertEquals("8001", h.state().current().orElseThrow().others().get(0).number());
		h.pbx.answer("8001");
		assertEquals(OperatorMode.TALKING, h.mode());
		assertEquals("大堂经理 Lobby", h.state().current().orElseThrow().others().get(0).name());
		h.ok(h.console.hangUp());
		assertEquals(OperatorMode.IDLE, h.mode());
	}

	@Test
	void f18_enterWithoutDigitsAnswersTheFirstWaitingCall() {
		ConsoleHarness h = ConsoleHarness.ready();
		h.refusedByConsole(Problem.NOTHING_TO_ANSWER, h.console.enter(""));
		h.outsideCall("13800000001");
		h.outsideCall("13800000002");
		assertEquals(OperatorMode.RINGING, h.mode());
		assertTrue(h.noticed(ConsoleNotice.Kind.INCOMING_CALL));
		h.ok(h.console.enter(""));
		assertEquals("13800000001", h.state().current().orElseThrow().others().get(0).number());
	}

	@Test
	void f18_malformedNumbersAndUnknownNumbersAreRefused() {
		ConsoleHarness h = ConsoleHarness.ready();
		h.refusedByConsole(Problem.INVALID_NUMBER, h.console.enter("80a1"));
		h.refusedByPbx(RefusalReason.UNKNOWN_DEVICE, h.console.enter("1234"));
		h.refusedByPbx(RefusalReason.BUSY, h.console.enter("8050"));
		assertEquals(OperatorMode.IDLE, h.mode());
	}

	@Test
	void f18_hangUpWhileRingingRejectsTheCall() {
		ConsoleHarness h = ConsoleHarness.ready();
		String call = h.outsideCall("13800000001");
		h.ok(h.console.hangUp());
		assertTrue(h.pbx.snapshot().calls().stream().noneMatch(c -> c.id().equals(call)));
		h.refusedByConsole(Problem.NO_CALL, h.console.hangUp());
	}
}
