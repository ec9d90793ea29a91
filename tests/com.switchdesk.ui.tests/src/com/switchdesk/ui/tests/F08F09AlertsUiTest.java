package com.switchdesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

import com.switchdesk.callcontrol.OperatorMode;
import com.switchdesk.ui.alerts.IncomingCallAlerts;
import com.switchdesk.ui.tests.driver.Simulator;

/** F08 incoming-call popup and F09 ringtones (tone 0 for internal callers). */
class F08F09AlertsUiTest extends OperatorUiTestBase {

	private IncomingCallAlerts alerts() {
		return ui.onUi(() -> console.application().getAddons().stream()
				.filter(a -> "com.switchdesk.addon.incomingCallAlerts".equals(a.getElementId()))
				.map(a -> (IncomingCallAlerts) a.getObject()).findFirst().orElseThrow());
	}

	@Test
	void f08_popupShowsTheCallerAndAnswers() {
		sim.outsideCall("13800000001");
		Shell popup = ui.widget("popup");
		Label number = ui.widget("popup.number");
		assertEquals("13800000001", ui.onUi(number::getText));
		ui.waitUntil("the PC to ring for the outside caller", () -> alerts().currentTone().isPresent());
		ui.screenshot(popup, "f08-popup");
		console.screenshot("f08-popup-on-console");

		ui.click(ui.widget("popup.answer"));

		keypad.waitForMode(OperatorMode.TALKING, "Talking");
		ui.waitUntil("the popup to close", popup::isDisposed);
		ui.waitUntil("the ringtone to stop", () -> alerts().currentTone().isEmpty());
	}

	@Test
	void f09_internalCallersRingWithTone0AndHangUpRejects() {
		sim.pbx().dial("8006", Simulator.PILOT);
		Label info = ui.widget("popup.info");
		assertEquals("张三", ui.onUi(info::getText));
		ui.waitUntil("tone 0 for an internal caller", () -> alerts().currentTone().orElse("").equals("0"));
		ui.click(ui.widget("popup.hangUp"));
		ui.waitUntil("the call to be rejected", () -> sim.calls().isEmpty());
		ui.waitUntil("the ringtone to stop", () -> alerts().currentTone().isEmpty());
	}
}
