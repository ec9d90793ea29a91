package com.switchdesk.ui.tests.manage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.switchdesk.model.LoginResult;
import com.switchdesk.store.LoginAttempt;
import com.switchdesk.store.OperatorPositions;
import com.switchdesk.store.OperatorSession;
import com.switchdesk.ui.tests.driver.ConsoleWindow;
import com.switchdesk.ui.tests.driver.LoginPage;

/** F04 accounts managed by the administrator, and F01's login log, clicked through. */
class F01F04AccountsUiTest extends ManageUiTestBase {

	private static final String LOGIN = "f04-desk";
	private static final String OPERATOR = "f04-viewer";
	private static final OperatorPositions POSITIONS = OperatorPositions.of(Set.of(LoginPage.POSITION), Set.of());

	private ViewPage page;

	@BeforeEach
	void clean() {
		page = new ViewPage(console);
		stores.deleteAccounts(LOGIN, OPERATOR);
	}

	@AfterEach
	void deleteAccounts() {
		stores.useSession(administrator);
		stores.deleteAccounts(LOGIN, OPERATOR);
	}

	@Test
	void f04_f01_createAnOperatorAccountAndTheLoginLogShowsItsLogins() {
		page.openAdministrator(ViewPage.ACCOUNTS);
		page.click("accounts.new");
		Shell dialog = page.dialog("account.dialog");
		page.fill("account.login", LOGIN);
		page.fill("account.displayName", "Front desk");
		page.fill("account.password", "first-pass-1");
		page.fill("account.confirm", "first-pass-1");
		page.picture(dialog, "f04-account-new");
		page.click("account.ok");
		page.waitClosed("account.dialog");
		List<String> row = page.waitForRow("accounts.table", 0, LOGIN);
		assertEquals(List.of(LOGIN, "Front desk", "Operator", "Enabled", "To be changed at the next login"), row);

		LoginAttempt wrong = stores.accounts().login(LoginPage.POSITION, LOGIN, "not-the-pass".toCharArray(), POSITIONS);
		assertEquals(LoginResult.WRONG_PASSWORD, wrong.result());
		OperatorSession desk = stores.accounts().login(LoginPage.POSITION, LOGIN, "first-pass-1".toCharArray(),
				POSITIONS).session().orElseThrow();
		stores.accounts().logout(desk);

		page.fill("loginlog.text", LOGIN);
		// newest first; an earlier run on the same test database may have left older lines of this account
		ui.waitUntil("three lines for " + LOGIN, () -> {
			List<List<String>> rows = page.rows("loginlog.table");
			return rows.size() >= 3 && rows.stream().allMatch(r -> r.get(2).equals(LOGIN));
		});
		List<List<String>> lines = page.rows("loginlog.table").subList(0, 3);
		assertEquals(List.of("Logged out", "Logged in", "Wrong password"), lines.stream().map(r -> r.get(3)).toList());
		assertTrue(lines.stream().allMatch(r -> r.get(1).equals(LoginPage.POSITION) && r.get(2).equals(LOGIN)));
		page.picture(null, "f01-login-log");

		page.clickRow("accounts.table", 0, LOGIN);
		page.click("accounts.reset");
		page.dialog("accountPassword.dialog");
		page.fill("accountPassword.new", "second-pass-2");
		page.fill("accountPassword.confirm", "second-pass-2");
		page.click("accountPassword.ok");
		page.waitForText("accounts.message", "new password");

		page.clickRow("accounts.table", 0, LOGIN);
		page.click("accounts.delete");
		page.confirm("Delete account");
		ui.waitUntil("the account to be gone", () -> page.rows("accounts.table").stream()
				.noneMatch(r -> r.get(0).equals(LOGIN)));
	}

	@Test
	void f04_theLastAdministratorCannotBeDemoted() {
		page.openAdministrator(ViewPage.ACCOUNTS);
		page.clickRow("accounts.table", 0, LoginPage.ADMIN);
		page.click("accounts.edit");
		Shell dialog = page.dialog("account.dialog");
		page.click("account.role");
		ui.press("Up");
		ui.press("Return");
		ui.waitUntil("the role Operator to be chosen", () -> "Operator".equals(ui.textOf("account.role")));
		page.click("account.ok");
		ui.waitUntil("the store to refuse", () -> ui.onUi(() -> dialog.isDisposed() ? "" : dialog.getChildren()
				.length > 0 ? errorOf(dialog) : "").contains("no enabled administrator"));
		page.picture(dialog, "f04-last-administrator");
		ui.run(dialog::close);
		assertTrue(stores.session().isAdministrator());
	}

	@Test
	void f04_operatorsAreToldTheViewIsForAdministrators() {
		page.openAdministrator(ViewPage.ACCOUNTS);
		OperatorSession operator = stores.operator(OPERATOR, "operator-pass-1");
		stores.useSession(operator);
		console.waitForPerspective(ConsoleWindow.OPERATOR);
		ui.waitUntil("the accounts view to keep operators out",
				() -> ui.textOf("accounts.gate.message").contains("for administrators"));
		stores.accounts().logout(operator);
	}

	/** The error line of a JFace title-area dialog: the texts of its labels. */
	private static String errorOf(Shell dialog) {
		StringBuilder all = new StringBuilder();
		collect(dialog, all);
		return all.toString();
	}

	private static void collect(org.eclipse.swt.widgets.Composite parent, StringBuilder all) {
		for (org.eclipse.swt.widgets.Control c : parent.getChildren()) {
			if (c instanceof org.eclipse.swt.widgets.Label l) {
				all.append(l.getText()).append('\n');
			} else if (c instanceof org.eclipse.swt.widgets.Text t) {
				all.append(t.getText()).append('\n');
			} else if (c instanceof org.eclipse.swt.custom.CLabel l) {
				all.append(l.getText()).append('\n');
			} else if (c instanceof org.eclipse.swt.widgets.Composite k) {
				collect(k, all);
			}
		}
	}
}
