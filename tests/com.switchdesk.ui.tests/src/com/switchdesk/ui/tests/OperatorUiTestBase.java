package com.switchdesk.ui.tests;

import org.junit.jupiter.api.BeforeEach;

import com.switchdesk.ui.tests.driver.ConsoleWindow;
import com.switchdesk.ui.tests.driver.KeypadPage;
import com.switchdesk.ui.tests.driver.QueuePage;
import com.switchdesk.ui.tests.driver.Simulator;
import com.switchdesk.ui.tests.driver.UiDriver;

/**
 * Every operator test starts the same way: the operator perspective, a quiet exchange, the phone
 * bound with the Bind key, an empty number field.
 */
abstract class OperatorUiTestBase {

	protected UiDriver ui;
	protected ConsoleWindow console;
	protected Simulator sim;
	protected KeypadPage keypad;
	protected QueuePage queue;

	@BeforeEach
	void startQuietAndBound() {
		ui = UiDriver.forProduct();
		console = ConsoleWindow.waitForStart(ui);
		if (!ConsoleWindow.OPERATOR.equals(console.activePerspective())) {
			console.switchWithButton(ConsoleWindow.OPERATOR);
		}
		sim = new Simulator(ui);
		keypad = new KeypadPage(ui, sim);
		queue = new QueuePage(ui);
		sim.reset();
		// without a window manager the X keyboard focus may still be on a window a previous test closed
		console.activate();
		keypad.bind();
		if (!keypad.number().isEmpty()) {
			keypad.press("clear");
			keypad.waitForNumber("");
		}
	}
}
