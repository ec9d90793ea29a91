package com.switchdesk.ui.tests;

import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

import com.switchdesk.callcontrol.OperatorMode;
import com.switchdesk.pbx.sim.SimulatedPbx;
import com.switchdesk.ui.tests.driver.Simulator;

/** F38/F39: the connection light in the status line, a PBX restart, the connection preferences. */
class F38ConnectionUiTest extends OperatorUiTestBase {

	private String statusLine() {
		return ui.textOf("status.connection.text");
	}

	@Test
	void f39_statusLineFollowsAPbxRestartAndTheConsoleAsksToBindAgain() {
		ui.waitUntil("the status line to show the simulator", () -> statusLine().equals("PBX: SwitchDesk simulator 1.0"));
		sim.pbx().restart();
		ui.waitUntil("the status line to show the reconnection", () -> statusLine().startsWith("PBX: reconnecting"));
		console.screenshot("f39-reconnecting");
		ui.waitUntil("back online", () -> statusLine().equals("PBX: SwitchDesk simulator 1.0"),
				SimulatedPbx.RESTART_TIME.plusSeconds(10));
		keypad.waitForMode(OperatorMode.UNBOUND, "Phone not bound");
		sim.pbx().liftHandset(Simulator.OPERATOR);
		keypad.bind();
	}

	@Test
	void f38_preferencesShowTheConnectorChoice() {
		console.menu('w', 'p');
		Shell dialog = ui.widget("preferences.dialog");
		Combo connector = ui.widget("prefs.connector");
		ui.waitUntil("the simulator to be chosen", () -> connector.getText().equals("Embedded PBX simulator"));
		ui.screenshot(dialog, "f38-preferences");
		ui.press("Escape");
		ui.waitUntil("the dialog to close", dialog::isDisposed);
	}
}
