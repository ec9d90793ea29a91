package com.switchdesk.callcontrol.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.switchdesk.callcontrol.ActionRefusedException.Problem;
import com.switchdesk.callcontrol.OperatorMode;
import com.switchdesk.callcontrol.PendingAction;
import com.switchdesk.callcontrol.QueueEntry.State;
import com.switchdesk.pbx.RefusalReason;
import com.switchdesk.pbx.sim.DemoConfigs;

/** F20 post-dial, F21 park, F24 pickup and F25 barge-in/force release, both ways. */
class F20F21F24F25CallServicesTest {

	private final ConsoleHarness h = ConsoleHarness.ready();

	@Test
	void f20_postDialDigitsReachTheOutsideParty() {
		h.ok(h.console.enter("10086000"));
		h.advance(h.pbx.config().externalAnswerDelay());
		assertEquals(OperatorMode.TALKING, h.mode());
		h.ok(h.console.sendDigits("1"));
		assertEquals("1", h.pbx.receivedDigits("10086000"));
		h.refusedByConsole(Problem.INVALID_NUMBER, h.console.sendDigits("x"));
	}

	@Test
	void f21_parkSendsTheCallToTheWaitingAreaAndDoubleClickTakesItBack() {
		String call = h.answeredOutsideCall("13800000001");
		h.ok(h.console.park());
		assertEquals(OperatorMode.IDLE, h.mode());
		assertEquals(State.PARKED, h.entry(call).state());
		h.ok(h.console.answer(call));
		assertEquals(OperatorMode.TALKING, h.mode());
	}

	@Test
	void f21_parkOnAPbxWithoutParkIsRefusedByThePbx() {
		ConsoleHarness noPark = new ConsoleHarness(DemoConfigs.hotelWithoutPark());
		noPark.ok(noPark.console.open("8000"));
		noPark.pbx.liftHandset("8000");
		noPark.ok(noPark.console.bind());
		noPark.answeredOutsideCall("13800000001");
		noPark.refusedByPbx(RefusalReason.NOT_SUPPORTED, noPark.console.park());
		assertEquals(OperatorMode.TALKING, noPark.mode());
	}

	@Test
	void f24_pickupKeyThenNumberThenEnter() {
		h.pbx.dial("8005", "8006");
		h.ok(h.console.pickup(Optional.empty()));
		assertEquals(PendingAction.PICKUP, h.state().pending());
		h.ok(h.console.enter("8006"));
		assertEquals(OperatorMode.TALKING, h.mode());
		assertEquals("8005", h.state().current().orElseThrow().others().get(0).number());
		assertEquals(PendingAction.NONE, h.state().pending());
	}

	@Test
	void f24_pickupKeyThenClickTheRingingTile() {
		h.pbx.dial("8005", "8006");
		h.ok(h.console.pickup(Optional.empty()));
		h.ok(h.console.tileClicked("8006"));
		assertEquals(OperatorMode.TALKING, h.mode());
	}

	@Test
	void f25_bargeInByNumberAndRefusedByLevel() {
		h.pbx.dial("8005", "8006");
		h.pbx.answer("8006");
		h.ok(h.console.bargeIn(Optional.of("8006")));
		assertEquals(OperatorMode.CONFERENCE, h.mode());
		h.ok(h.console.hangUp());

		h.pbx.dial("8088", "8007");
		h.pbx.answer("8007");
		var refusal = h.refusedByPbx(RefusalReason.LEVEL_TOO_LOW, h.console.bargeIn(Optional.of("8088")));
		assertTrue(refusal.getMessage().contains("level 0"), refusal.getMessage());
	}

	@Test
	void f25_forceReleaseKeyThenClickTheTile() {
		h.pbx.dial("8005", "8006");
		h.pbx.answer("8006");
		h.ok(h.console.forceRelease(Optional.empty()));
		assertEquals(PendingAction.FORCE_RELEASE, h.state().pending());
		h.ok(h.console.tileClicked("8006"));
		assertTrue(h.pbx.snapshot().calls().isEmpty());
	}

	@Test
	void f25_pressingThePendingKeyAgainCancelsIt() {
		h.ok(h.console.bargeIn(Optional.empty()));
		h.ok(h.console.bargeIn(Optional.empty()));
		assertEquals(PendingAction.NONE, h.state().pending());
		h.ok(h.console.pickup(Optional.empty()));
		h.refusedByConsole(Problem.NUMBER_NEEDED, h.console.enter(""));
	}
}
