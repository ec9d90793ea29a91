package com.switchdesk.ui.tests.driver;

import org.eclipse.swt.widgets.Button;

import com.switchdesk.callcontrol.OperatorMode;

/**
 * Page object of the keypad part: its keys, the number, the status area. The getters are safe in
 * wait conditions (which run on the UI thread) and from the test thread.
 */
public final class KeypadPage {

	private final UiDriver ui;
	private final Simulator sim;

	public KeypadPage(UiDriver ui, Simulator sim) {
		this.ui = ui;
		this.sim = sim;
	}

	public void press(String keyId) {
		Button key = ui.widget("keypad." + keyId);
		ui.click(key);
	}

	/** Clicks the digit keys one by one. */
	public void clickDigits(String digits) {
		for (char c : digits.toCharArray()) {
			press("digit." + (c == '*' ? "star" : c == '#' ? "hash" : String.valueOf(c)));
		}
	}

	public String number() {
		return ui.textOf("keypad.number");
	}

	public void waitForNumber(String expected) {
		ui.waitUntil("the keypad number to read '" + expected + "' (now '" + number() + "')",
				() -> expected.equals(number()));
	}

	public String statusText() {
		return ui.textOf("keypad.mode");
	}

	public String parties() {
		return ui.textOf("keypad.parties");
	}

	public String message() {
		return ui.textOf("keypad.message");
	}

	public String positionLine() {
		return ui.textOf("keypad.position");
	}

	public String timer() {
		return ui.textOf("keypad.timer");
	}

	public String keyText(String keyId) {
		return ui.textOf("keypad." + keyId);
	}

	public boolean keyboardInputOn() {
		Button box = ui.widget("keypad.keyboardInput");
		return ui.onUi(box::getSelection);
	}

	/** Waits until the console is in {@code mode} and the status area shows it. */
	public void waitForMode(OperatorMode mode, String shownText) {
		ui.waitUntil("the console to be " + mode + " showing '" + shownText + "' (now " + sim.mode() + ", '"
				+ statusText() + "')", () -> sim.mode() == mode && statusText().startsWith(shownText));
	}

	public void waitForMessage(String fragment) {
		ui.waitUntil("the keypad message to contain '" + fragment + "' (now '" + message() + "')",
				() -> message().contains(fragment));
	}

	/** Binds the operator phone with the Bind key if it is not bound yet. */
	public void bind() {
		if (sim.mode() == OperatorMode.UNBOUND) {
			press("bind");
		}
		waitForMode(OperatorMode.IDLE, "Idle");
	}
}
