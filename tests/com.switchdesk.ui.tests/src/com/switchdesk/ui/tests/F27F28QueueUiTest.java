package com.switchdesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.switchdesk.callcontrol.OperatorMode;
import com.switchdesk.ui.tests.driver.Simulator;

/** F27 hold list and F28 call queue, clicked through: selective answer, auto hold and return. */
class F27F28QueueUiTest extends OperatorUiTestBase {

	@Test
	void f28_doubleClickAnswersAnyWaitingCall() {
		sim.outsideCall("13800000001");
		sim.outsideCall("13800000002");
		sim.pbx().dial("8006", Simulator.PILOT);
		queue.waitForRows("three callers wait", 3);
		List<List<String>> rows = queue.rows();
		assertEquals(List.of("1", "External", "13800000001", "", "Waiting"), rows.get(0).subList(0, 5));
		assertEquals(List.of("3", "Internal", "8006", "张三", "Waiting"), rows.get(2).subList(0, 5));
		console.screenshot("f28-queue-three-waiting");

		queue.doubleClick("8006");

		keypad.waitForMode(OperatorMode.TALKING, "Talking");
		ui.waitUntil("the parties to show 张三", () -> keypad.parties().contains("张三 (8006)"));
		queue.waitForRows("two still wait", 2);
	}

	@Test
	void f28_answeringAnotherCallAutoHoldsTheCurrentOneUntilItEnds() {
		sim.outsideCall("13800000001");
		queue.waitForRows("one caller", 1);
		ui.press("Return");
		keypad.waitForMode(OperatorMode.TALKING, "Talking");
		sim.outsideCall("13800000002");
		queue.waitForRow("13800000002", "Waiting");

		queue.doubleClick("13800000002");

		queue.waitForRow("13800000001", "Auto hold");
		console.screenshot("f28-auto-hold");
		sim.pbx().hangUp("13800000002");
		keypad.waitForMessage("auto-held call is back");
		ui.waitUntil("the first caller to be back", () -> keypad.parties().contains("13800000001"));
		queue.waitForRows("nothing waits", 0);
	}

	@Test
	void f27_holdKeyPutsTheCallInTheListAndDoubleClickRetrievesIt() {
		sim.outsideCall("13800000001");
		queue.waitForRows("one caller", 1);
		keypad.press("dial");
		keypad.waitForMode(OperatorMode.TALKING, "Talking");
		ui.press("F3");
		queue.waitForRow("13800000001", "Manual hold");
		keypad.waitForMode(OperatorMode.IDLE, "Idle");
		console.screenshot("f27-manual-hold");
		queue.doubleClick("13800000001");
		keypad.waitForMode(OperatorMode.TALKING, "Talking");
		queue.waitForRows("the list is empty", 0);
	}
}
