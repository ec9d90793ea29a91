package com.switchdesk.ui.tests.driver;

import java.time.Duration;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Page object of the login dialog and of the change-password dialog that follows a first login
 * (F01). Everything is typed and clicked as the operator would.
 */
public final class LoginPage {

	/** The operator position the tests work at: the demo PBX's operator extension. */
	public static final String POSITION = "8000";
	/** The administrator account every new database has. */
	public static final String ADMIN = "admin";
	/** The password the tests give the administrator when the database asks for a new one. */
	public static final String ADMIN_PASSWORD = "Admin-2026!";
	private static final String FIRST_PASSWORD = "admin";

	private final UiDriver ui;

	private LoginPage(UiDriver ui) {
		this.ui = ui;
	}

	/** Waits for the login dialog. */
	public static LoginPage waitFor(UiDriver ui, Duration timeout) {
		ui.waitUntil("the login dialog", () -> isOpen(ui), timeout);
		ui.settle();
		return new LoginPage(ui);
	}

	public static boolean isOpen(UiDriver ui) {
		return ui.onUi(() -> ui.find("login.dialog").map(UiDriver::isShowing).orElse(false));
	}

	public Shell shell() {
		return ui.widget("login.dialog");
	}

	/** Types into the three fields, replacing what they held, and presses the Log in button. */
	public void logIn(String extension, String account, String password) {
		fill("login.extension", extension);
		fill("login.account", account);
		fill("login.password", password);
		Button ok = ui.widget("login.ok");
		ui.click(ok);
	}

	private void fill(String id, String value) {
		Text field = ui.widget(id);
		ui.waitUntil(id + " enabled", field::isEnabled);
		ui.click(field);
		ui.press("ctrl+a");
		ui.press("BackSpace");
		ui.type(value);
		ui.waitUntil(id + " to hold what was typed", () -> value.equals(field.getText()));
	}

	/** The line under the fields: a refusal, or that the PBX is not connected. */
	public String message() {
		return ui.textOf("login.message");
	}

	/** Waits until the check came back with a refusal (the password is cleared) and returns it. */
	public String waitForRefusal() {
		Text password = ui.widget("login.password");
		ui.waitUntil("the login to be refused", () -> password.isEnabled() && password.getText().isEmpty()
				&& !ui.find("login.message").map(UiDriver::textOfWidget).orElse("").isBlank());
		return message();
	}

	public static boolean passwordChangeOpen(UiDriver ui) {
		return ui.onUi(() -> ui.find("password.dialog").map(UiDriver::isShowing).orElse(false));
	}

	/** Sets a new password in the change-password dialog. */
	public static void choosePassword(UiDriver ui, String password) {
		ui.waitUntil("the change-password dialog", () -> passwordChangeOpen(ui));
		ui.settle();
		for (String id : new String[] { "password.new", "password.repeat" }) {
			Text field = ui.widget(id);
			ui.click(field);
			ui.type(password);
			ui.waitUntil(id + " to hold what was typed", () -> password.equals(field.getText()));
		}
		Button ok = ui.widget("password.ok");
		ui.click(ok);
		ui.waitUntil("the change-password dialog to close", () -> !passwordChangeOpen(ui));
	}

	/**
	 * Logs in as the administrator at the operator position: with the tests' password, or — in a
	 * new database — with the initial one, choosing the tests' password as the console demands.
	 */
	public void logInAsAdministrator() {
		Text password = ui.widget("login.password");
		logIn(POSITION, ADMIN, ADMIN_PASSWORD);
		ui.waitUntil("the login to be accepted or refused",
				() -> !isOpen(ui) || password.getText().isEmpty() && password.isEnabled(), Duration.ofSeconds(30));
		if (!isOpen(ui)) {
			return;
		}
		logIn(POSITION, ADMIN, FIRST_PASSWORD);
		ui.waitUntil("the first login to be accepted", () -> !isOpen(ui) || passwordChangeOpen(ui),
				Duration.ofSeconds(30));
		if (passwordChangeOpen(ui)) {
			choosePassword(ui, ADMIN_PASSWORD);
		}
		if (isOpen(ui)) {
			throw new AssertionError("The administrator could not log in: " + message());
		}
	}
}
