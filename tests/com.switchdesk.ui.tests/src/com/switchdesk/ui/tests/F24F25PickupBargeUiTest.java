package com.switchdesk.ui.tests;

import org.junit.jupiter.api.Test;

import com.switchdesk.callcontrol.OperatorMode;

/** F24 pickup and F25 barge-in / force release by key and number (method 1). */
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
}
