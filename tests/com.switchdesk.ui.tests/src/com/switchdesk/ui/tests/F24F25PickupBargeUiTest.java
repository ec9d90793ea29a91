package com.switchdesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.graphics.Rectangle;
import org.junit.jupiter.api.Test;

import com.switchdesk.callcontrol.OperatorMode;
import com.switchdesk.callcontrol.PendingAction;
import com.switchdesk.ui.board.BoardCanvas;
import com.switchdesk.ui.tests.driver.UiDriver;

/**
 * F24 pickup and F25 barge-in / force release, both ways: key then number (method 1) and key then a click on the
 * extension's tile on the board (method 2).
 */
class F24F25PickupBargeUiTest extends OperatorUiTestBase {

	@Test
	void f24_pickupKeyThenNumberThenEnter() {
		sim.pbx().dial("8005", "8006");
		keypad.press("pickup");
		ui.waitUntil("the status to ask for the target", () -> keypad.statusText().startsWith("Pickup: type"));
		console.screenshot("f24-pickup-pending");
		ui.type("8006");
		ui.press("Return");
		keypad.waitForMode(OperatorMode.TALKING, "Talking");
		ui.waitUntil("the operator talks with the caller", () -> keypad.parties().contains("8005"));
	}

	@Test
	void f25_numberThenBargeInKeyJoinsTheCall() {
		sim.pbx().dial("8005", "8006");
		sim.pbx().answer("8006");
		keypad.clickDigits("8006");
		keypad.press("bargeIn");
		keypad.waitForMode(OperatorMode.CONFERENCE, "Three-way call");
		keypad.press("release");
		keypad.waitForMode(OperatorMode.IDLE, "Idle");
	}

	@Test
	void f25_bargeInOnAHigherLevelIsRefusedWithTheReason() {
		sim.pbx().dial("8088", "8007");
		sim.pbx().answer("8007");
		keypad.press("bargeIn");
		ui.type("8088");
		ui.press("Return");
		keypad.waitForMessage("level 0");
		console.screenshot("f25-barge-refused");
	}

	@Test
	void f25_forceReleaseWithF12ThenNumber() {
		sim.pbx().dial("8005", "8006");
		sim.pbx().answer("8006");
		ui.press("F12");
		ui.waitUntil("the status to ask for the target", () -> keypad.statusText().startsWith("Force release"));
		ui.type("8006");
		ui.press("Return");
		ui.waitUntil("the call to be released", () -> sim.calls().isEmpty());
	}

	@Test
	void f24_pickupKeyThenClickOnTheRingingTile() {
		sim.pbx().dial("8005", "8006");
		keypad.press("pickup");
		ui.waitUntil("the status to ask for the target", () -> keypad.statusText().startsWith("Pickup: type"));
		clickTile("8006");
		keypad.waitForMode(OperatorMode.TALKING, "Talking");
		ui.waitUntil("the operator talks with the caller", () -> keypad.parties().contains("8005"));
	}

	@Test
	void f25_bargeInKeyThenClickOnTheTalkingTile() {
		sim.pbx().dial("8005", "8006");
		sim.pbx().answer("8006");
		keypad.press("bargeIn");
		clickTile("8006");
		keypad.waitForMode(OperatorMode.CONFERENCE, "Three-way call");
		keypad.press("release");
		keypad.waitForMode(OperatorMode.IDLE, "Idle");
	}

	@Test
	void f25_forceReleaseKeyThenClickOnTheTile() {
		sim.pbx().dial("8005", "8006");
		sim.pbx().answer("8006");
		keypad.press("forceRelease");
		clickTile("8006");
		ui.waitUntil("the call to be released", () -> sim.calls().isEmpty());
	}

	@Test
	void f25_escCancelsAWaitingKeyAndKeepsTheCall() {
		sim.outsideCall("13800000001");
		queue.waitForRows("one caller", 1);
		keypad.press("dial");
		keypad.waitForMode(OperatorMode.TALKING, "Talking");
		keypad.press("bargeIn");
		ui.waitUntil("barge-in to wait for its target",
				() -> sim.console().state().pending() == PendingAction.BARGE_IN);
		ui.press("Escape");
		ui.waitUntil("Esc to cancel the key", () -> sim.console().state().pending() == PendingAction.NONE);
		keypad.waitForMode(OperatorMode.TALKING, "Talking");
		assertTrue(keypad.parties().contains("13800000001"), "the caller is still on the line");
	}

	/** Clicks the number line of an extension's tile on the product's board. */
	private void clickTile(String number) {
		BoardCanvas canvas = ui.widget("board.canvas");
		Rectangle r = ui.waitFor("tile " + number + " on screen", () -> canvas.tileBounds(number),
				UiDriver.DEFAULT_TIMEOUT);
		ui.clickAt(canvas, r.x + r.width / 2, r.y + 8);
	}
}
