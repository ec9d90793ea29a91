package com.switchdesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.eclipse.swt.widgets.ToolItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.switchdesk.callcontrol.OperatorConsole;
import com.switchdesk.callcontrol.OperatorMode;
import com.switchdesk.model.LoginRecord;
import com.switchdesk.model.LoginResult;
import com.switchdesk.model.Role;
import com.switchdesk.store.AccountService;
import com.switchdesk.store.OperatorSession;
import com.switchdesk.store.ValidationException;
import com.switchdesk.ui.tests.driver.ConsoleWindow;
import com.switchdesk.ui.tests.driver.LoginPage;
import com.switchdesk.ui.tests.driver.Services;
import com.switchdesk.ui.tests.driver.UiDriver;

/**
 * F01: File &gt; Log out ends the session and asks for the next login over the window; a wrong
 * password or a wrong extension is refused with a clear message; every attempt is in the login log;
 * an operator account works the console but cannot open the administrator perspective.
 */
class F01LoginUiTest {

	private static final String OPERATOR_LOGIN = "frontdesk";
	private static final String OPERATOR_FIRST_PASSWORD = "Welcome-1";
	private static final String OPERATOR_PASSWORD = "Frontdesk-2026";

	private UiDriver ui;
	private ConsoleWindow console;
	private AccountService accounts;

	@BeforeEach
	void start() {
		ui = UiDriver.forProduct();
		console = ConsoleWindow.waitForStart(ui);
		accounts = Services.get(AccountService.class);
		if (!ConsoleWindow.OPERATOR.equals(console.activePerspective())) {
			console.switchWithButton(ConsoleWindow.OPERATOR);
		}
	}

	/** The other tests need the administrator logged in, whatever happened here. */
	@AfterEach
	void administratorBackAtTheConsole() {
		if (LoginPage.passwordChangeOpen(ui)) {
			ui.press("Escape");
		}
		if (!LoginPage.isOpen(ui) && !isAdministrator(session())) {
			console.menu('f', 'l');
		}
		if (LoginPage.isOpen(ui)) {
			LoginPage.waitFor(ui, UiDriver.DEFAULT_TIMEOUT).logInAsAdministrator();
		}
		waitForPositionOpen();
	}

	@Test
	void f01_logoutThenWrongPasswordAndWrongExtensionAreRefusedAndTheRightOneLogsIn() {
		Instant before = Instant.now();
		OperatorSession first = session();
		console.menu('f', 'l');
		LoginPage login = LoginPage.waitFor(ui, UiDriver.DEFAULT_TIMEOUT);
		ui.waitUntil("the position to close at logout",
				() -> Services.get(OperatorConsole.class).state().mode() == OperatorMode.LOGGED_OUT);

		login.logIn(LoginPage.POSITION, LoginPage.ADMIN, "not-the-password");
		assertEquals("Wrong password.", login.waitForRefusal());
		ui.screenshot(login.shell(), "f01-wrong-password");

		login.logIn("8101", LoginPage.ADMIN, LoginPage.ADMIN_PASSWORD);
		assertEquals("This extension is not an operator position.", login.waitForRefusal());

		login.logIn("6999", LoginPage.ADMIN, LoginPage.ADMIN_PASSWORD);
		assertEquals("The PBX has no such extension.", login.waitForRefusal());

		login.logIn(LoginPage.POSITION, LoginPage.ADMIN, LoginPage.ADMIN_PASSWORD);
		ui.waitUntil("the login dialog to close", () -> !LoginPage.isOpen(ui), Duration.ofSeconds(30));
		OperatorSession second = waitForPositionOpen();
		assertFalse(first == second, "a new session");

		List<LoginResult> log = accounts.loginLog(second, before, null, "", 50).stream()
				.map(LoginRecord::getResult).toList();
		// newest first: the new login, the three refusals, the logout
		assertEquals(List.of(LoginResult.SUCCESS, LoginResult.UNKNOWN_EXTENSION,
				LoginResult.NOT_AN_OPERATOR_POSITION, LoginResult.WRONG_PASSWORD, LoginResult.LOGOUT), log);
	}

	@Test
	void f01_anOperatorAccountWorksTheConsoleButCannotOpenAdministration() {
		ensureOperatorAccount();
		console.menu('f', 'l');
		LoginPage login = LoginPage.waitFor(ui, UiDriver.DEFAULT_TIMEOUT);
		login.logIn(LoginPage.POSITION, OPERATOR_LOGIN, OPERATOR_FIRST_PASSWORD);
		LoginPage.choosePassword(ui, OPERATOR_PASSWORD);
		ui.waitUntil("the login dialog to close", () -> !LoginPage.isOpen(ui), Duration.ofSeconds(30));
		OperatorSession operator = waitForPositionOpen();
		assertEquals(Role.OPERATOR, operator.role());
		ui.waitUntil("the status line to name the operator",
				() -> "Logged in: Front desk (frontdesk), position 8000".equals(ui.textOf("status.session.text")));

		ToolItem admin = ui.widget("perspective.switcher.admin");
		ui.waitUntil("the administrator button to be disabled", () -> !admin.isEnabled());
		console.activate();
		ui.press("ctrl+2");
		ui.settle();
		assertEquals(ConsoleWindow.OPERATOR, console.activePerspective(), "ctrl+2 does nothing for an operator");
		console.screenshot("f01-operator-logged-in");
	}

	private void ensureOperatorAccount() {
		OperatorSession admin = adminSession();
		try {
			if (accounts.accounts(admin).stream().noneMatch(a -> a.getLogin().equals(OPERATOR_LOGIN))) {
				accounts.createAccount(admin, OPERATOR_LOGIN, "Front desk", Role.OPERATOR,
						OPERATOR_FIRST_PASSWORD.toCharArray());
			} else {
				accounts.resetPassword(admin, OPERATOR_LOGIN, OPERATOR_FIRST_PASSWORD.toCharArray());
			}
		} catch (ValidationException e) {
			throw new AssertionError(e.getMessage(), e);
		}
	}

	/** The session the console runs with, from the application context. */
	private OperatorSession session() {
		return ui.onUi(() -> console.application().getContext().get(OperatorSession.class));
	}

	private OperatorSession adminSession() {
		OperatorSession current = session();
		assertTrue(isAdministrator(current), "the administrator is logged in before the test");
		return current;
	}

	private static boolean isAdministrator(OperatorSession session) {
		return session != null && session.isAdministrator();
	}

	private OperatorSession waitForPositionOpen() {
		OperatorConsole operatorConsole = Services.get(OperatorConsole.class);
		ui.waitUntil("the operator position to open", () -> session() != null
				&& operatorConsole.state().mode() != OperatorMode.LOGGED_OUT
				&& operatorConsole.state().position().equals(session().extension()), Duration.ofSeconds(20));
		return session();
	}
}
