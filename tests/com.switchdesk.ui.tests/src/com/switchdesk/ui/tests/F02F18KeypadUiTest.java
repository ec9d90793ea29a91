package com.switchdesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.switchdesk.callcontrol.OperatorMode;
import com.switchdesk.ui.tests.driver.Simulator;

/** F02 binding and F18 keypad: dialing with the on-screen keys and the keyboard, the status area. */
class F02F18KeypadUiTest extends OperatorUiTestBase {

	@Test
	void f02_bindKeyTakesOverTheLiftedPhone() {
		sim.pbx().replaceHandset(Simulator.OPERATOR);
		keypad.waitForMode(OperatorMode.UNBOUND, "Phone not bound");
		keypad.waitForMessage("lost its binding");
		console.screenshot("f02-binding-lost");
		sim.pbx().liftHandset(Simulator.OPERATOR);
		keypad.press("bind");
		keypad.waitForMode(OperatorMode.IDLE, "Idle");
		assertTrue(keypad.positionLine().contains("Position 8000 · bound"), keypad.positionLine());
	}

	@Test
	void f18_onScreenKeysDialAndReleaseHangsUp() {
		keypad.clickDigits("8001");
		keypad.waitForNumber("8001");
		keypad.press("dial");
		keypad.waitForMode(OperatorMode.CALLING, "Calling");
		keypad.waitForNumber("");
		sim.pbx().answer("8001");
		keypad.waitForMode(OperatorMode.TALKING, "Talking");
		ui.waitUntil("the parties to show the lobby", () -> keypad.parties().contains("大堂经理 Lobby (8001)"));
		ui.waitUntil("the call timer to run", () -> keypad.timer().matches("0:0\\d"));
		console.screenshot("f18-talking");
		keypad.press("release");
		keypad.waitForMode(OperatorMode.IDLE, "Idle");
	}

	@Test
	void f18_typedDigitsAndEnterDialWhenKeyboardInputIsOn() {
		assertTrue(keypad.keyboardInputOn(), "keyboard input is on by default");
		keypad.press("digit.1");
		ui.type("8002");
		keypad.waitForNumber("18002");
		ui.press("BackSpace");
		keypad.waitForNumber("1800");
		ui.press("Delete");
		keypad.waitForNumber("");
		ui.type("8002");
		keypad.waitForNumber("8002");
		ui.press("Return");
		keypad.waitForMode(OperatorMode.CALLING, "Calling");
		ui.press("Escape");
		keypad.waitForMode(OperatorMode.IDLE, "Idle");
	}

	@Test
	void f18_aRefusedNumberIsExplainedInTheStatusArea() {
		keypad.clickDigits("1234");
		keypad.press("dial");
		keypad.waitForMessage("Refused: unknown number");
		console.screenshot("f18-refused");
		keypad.waitForMode(OperatorMode.IDLE, "Idle");

		sim.outsideCall("13800000007");
		queue.waitForRows("the new caller", 1);
		ui.waitUntil("the old refusal to be gone with the new call", () -> keypad.message().isEmpty());
	}
}
