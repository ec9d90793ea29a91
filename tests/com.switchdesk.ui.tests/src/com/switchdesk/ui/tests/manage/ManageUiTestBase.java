package com.switchdesk.ui.tests.manage;

import java.util.List;

import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import com.switchdesk.store.OperatorSession;
import com.switchdesk.ui.tests.driver.ConsoleWindow;
import com.switchdesk.ui.tests.driver.UiDriver;

/**
 * Every test of the management views starts with the console up and the administrator logged in (the driver
 * logs in before the first test), and ends with no dialog left open, the administrator's session back in place
 * and the operator perspective shown.
 */
abstract class ManageUiTestBase {

	private static final List<String> DIALOGS = List.of("customer.dialog", "import.dialog", "export.dialog",
			"problems.dialog", "account.dialog", "accountPassword.dialog", "groups.nameDialog");

	protected UiDriver ui;
	protected ConsoleWindow console;
	protected Stores stores;
	protected OperatorSession administrator;

	@BeforeEach
	void startAsAdministrator() {
		ui = UiDriver.forProduct();
		console = ConsoleWindow.waitForStart(ui);
		stores = new Stores(console);
		administrator = ui.waitFor("a session in the application context", stores::session, UiDriver.DEFAULT_TIMEOUT);
		if (!administrator.isAdministrator()) {
			throw new AssertionError("The tests run as the administrator, not as " + administrator);
		}
		console.activate();
	}

	@AfterEach
	void leaveAsFound() {
		for (String id : DIALOGS) {
			ui.find(id).ifPresent(dialog -> ui.run(() -> ((Shell) dialog).close()));
		}
		if (stores.session() != administrator) {
			stores.useSession(administrator);
		}
		console.activate();
		if (!ConsoleWindow.OPERATOR.equals(console.activePerspective())) {
			console.switchWithButton(ConsoleWindow.OPERATOR);
		}
	}
}
