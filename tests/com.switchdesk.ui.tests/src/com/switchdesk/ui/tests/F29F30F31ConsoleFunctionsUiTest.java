package com.switchdesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.switchdesk.callcontrol.OperatorMode;

/** F29 offline, F30 forwarding (case 1), F31 night service from the keypad's console keys. */
class F29F30F31ConsoleFunctionsUiTest extends OperatorUiTestBase {

	@Test
	void f29_offlineAndBack() {
		keypad.press("offline");
		keypad.waitForMode(OperatorMode.LOCKED, "Offline");
		ui.waitUntil("the key to offer going back", () -> keypad.keyText("offline").startsWith("Offline: back"));
		console.screenshot("f29-offline");
		sim.outsideCall("13800000001");
		ui.waitUntil("the call to ring the hunt group", () -> sim.calls().stream().anyMatch(c -> c.involves("8001")));
		keypad.press("offline");
		keypad.waitForMode(OperatorMode.IDLE, "Idle");
	}

	@Test
	void f30_forwardingDialogThenCancel() {
		keypad.press("forwarding");
		ui.widget("forwarding.dialog");
		ui.type("8003");
		ui.click(ui.widget("forwarding.ok"));
		ui.waitUntil("the status to show the forwarding", () -> keypad.positionLine().contains("Forwarded to 8003"));
		console.screenshot("f30-forwarded");
		sim.outsideCall("13800000001");
		ui.waitUntil("the call to ring 8003", () -> sim.calls().stream().anyMatch(c -> c.involves("8003")));
		keypad.press("forwarding");
		ui.waitUntil("forwarding cancelled", () -> !keypad.positionLine().contains("Forwarded"));
	}

	@Test
	void f31_nightServiceSwitch() {
		keypad.press("night");
		ui.waitUntil("night service shown", () -> keypad.keyText("night").equals("Night service")
				&& keypad.positionLine().contains("Night service"));
		console.screenshot("f31-night-service");
		sim.outsideCall("13800000001");
		ui.waitUntil("the night manager's phone to ring", () -> sim.calls().stream().anyMatch(c -> c.involves("8020")));
		keypad.press("night");
		ui.waitUntil("day service shown", () -> keypad.positionLine().contains("Day service"));
		assertTrue(keypad.keyText("night").equals("Day service"));
	}
}
