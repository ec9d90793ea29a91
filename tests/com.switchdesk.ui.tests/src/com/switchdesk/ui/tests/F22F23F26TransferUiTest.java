package com.switchdesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.switchdesk.callcontrol.OperatorMode;
import com.switchdesk.ui.tests.driver.Simulator;
import com.switchdesk.pbx.model.Call;

/** Seed 3.13, 3.14, 3.17 clicked through: transfer by dialing, recall with F9, three-way with F8. */
class F22F23F26TransferUiTest extends OperatorUiTestBase {

	private void talkWithA() {
		sim.pbx().dial("8006", Simulator.PILOT);
		queue.waitForRows("A calls", 1);
		ui.press("Return");
		keypad.waitForMode(OperatorMode.TALKING, "Talking");
	}

	@Test
	void f22_dialingDuringACallTransfersAWhenTheOperatorReleases() {
		talkWithA();
		keypad.clickDigits("8001");
		keypad.press("dial");
		keypad.waitForMode(OperatorMode.CONSULTING, "Transferring");
		ui.waitUntil("the status to name both parties", () -> keypad.parties().contains("张三 (8006)")
				&& keypad.parties().contains("8001"));
		console.screenshot("f22-transferring");
		keypad.press("release");
		keypad.waitForMode(OperatorMode.IDLE, "Idle");
		Call transferred = sim.calls().get(0);
		assertTrue(transferred.involves("8006") && transferred.involves("8001"), transferred.toString());
	}

	@Test
	void f23_recallWithF9WhileTheThirdPartyRings() {
		talkWithA();
		ui.type("8001");
		ui.press("Return");
		keypad.waitForMode(OperatorMode.CONSULTING, "Transferring");
		ui.press("F9");
		keypad.waitForMode(OperatorMode.TALKING, "Talking");
		ui.waitUntil("A is back", () -> keypad.parties().contains("8006") && !keypad.parties().contains("8001"));
	}

	@Test
	void f26_threeWayWithF8AfterTheThirdPartyAnswered() {
		talkWithA();
		ui.type("8001");
		ui.press("Return");
		keypad.waitForMode(OperatorMode.CONSULTING, "Transferring");
		sim.pbx().answer("8001");
		ui.press("F8");
		keypad.waitForMode(OperatorMode.CONFERENCE, "Three-way call");
		console.screenshot("f26-three-way");
		keypad.press("release");
		keypad.waitForMode(OperatorMode.IDLE, "Idle");
	}
}
