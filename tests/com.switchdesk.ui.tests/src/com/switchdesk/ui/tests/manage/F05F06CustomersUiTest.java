package com.switchdesk.ui.tests.manage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.switchdesk.callcontrol.OperatorMode;
import com.switchdesk.store.OperatorSession;
import com.switchdesk.ui.tests.driver.ConsoleWindow;
import com.switchdesk.ui.tests.driver.KeypadPage;
import com.switchdesk.ui.tests.driver.Simulator;

/** F05 customer records and F06 search as you type with one-click dial, clicked through. */
class F05F06CustomersUiTest extends ManageUiTestBase {

	private static final String WANG = "F05 Wang Test";
	private static final String ZHANG = "张三";
	private static final String ZHANG_NUMBER = "13900000501";
	private static final String DIAL_NAME = "F06 Dial Test";
	private static final String OPERATOR_LOGIN = "f04-operator";

	private CustomersPage page;

	@BeforeEach
	void openCustomers() {
		page = new CustomersPage(console);
		stores.deleteCustomers(WANG, ZHANG_NUMBER, DIAL_NAME, "8006", "13900000502");
	}

	@AfterEach
	void deleteTestCustomers() {
		stores.useSession(administrator);
		stores.deleteCustomers(WANG, ZHANG_NUMBER, DIAL_NAME, "8006", "13900000502");
		stores.deleteAccounts(OPERATOR_LOGIN);
	}

	@Test
	void f05_createWithValidationErrorsThenEditAndDelete() {
		page.open();
		page.clearSearch();
		page.click("customers.new");
		Shell dialog = page.dialog("customer.dialog");
		page.fillEditor(WANG, "12ab", "wang@");
		page.click("customer.ok");

		page.waitForText("customer.error.numbers", "12ab");
		page.waitForText("customer.error.email", "wang@");
		assertTrue(page.isShowing("customer.dialog"), "a refused customer keeps the dialog open");
		page.picture(dialog, "f05-customer-validation");

		page.fillEditor(null, "139 0000 0502", "wang@example.com");
		page.click("customer.ok");
		page.waitClosed("customer.dialog");
		List<String> row = page.waitForRow(CustomersPage.TABLE, 0, WANG);
		assertEquals("139 0000 0502 (Mobile)", row.get(2));
		assertEquals("wang@example.com", row.get(3));
		page.waitForText("customers.message", WANG);

		page.clickRow(CustomersPage.TABLE, 0, WANG);
		page.click("customers.edit");
		page.dialog("customer.dialog");
		page.fill("customer.company", "Shen Ou Telecom");
		page.click("customer.ok");
		page.waitClosed("customer.dialog");
		ui.waitUntil("the company to show", () -> page.rows(CustomersPage.TABLE).stream()
				.anyMatch(r -> r.get(0).equals(WANG) && r.get(1).equals("Shen Ou Telecom")));
		page.picture(null, "f05-customers-after-edit");

		page.clickRow(CustomersPage.TABLE, 0, WANG);
		page.click("customers.delete");
		page.confirm("Delete customer");
		page.waitForText("customers.message", "Deleted");
		ui.waitUntil("the customer to leave the table",
				() -> page.rows(CustomersPage.TABLE).stream().noneMatch(r -> r.get(0).equals(WANG)));
	}

	@Test
	void f06_searchAsYouTypeFindsPinyinInitials() {
		stores.create(ZHANG, ZHANG_NUMBER);
		page.open();
		page.search("zs", ZHANG);
		page.picture(null, "f06-search-zs");
		page.search("zhang", ZHANG);
		page.search("0501", ZHANG);
		page.fill("customers.search", "no such customer xq");
		page.waitForText("customers.status", "No customer matches");
		assertTrue(page.rows(CustomersPage.TABLE).isEmpty());
	}

	@Test
	void f06_oneClickDialFromAResult() {
		stores.create(DIAL_NAME, "8006");
		Simulator sim = new Simulator(ui);
		sim.reset();
		KeypadPage keypad = new KeypadPage(ui, sim);
		if (!ConsoleWindow.OPERATOR.equals(console.activePerspective())) {
			console.switchWithButton(ConsoleWindow.OPERATOR);
		}
		keypad.bind();
		page.open();
		page.search("F06 Dial", DIAL_NAME);
		page.clickRow(CustomersPage.TABLE, 0, DIAL_NAME);
		page.click("customers.dial");

		ui.waitUntil("the console to call 8006 (now " + sim.mode() + ")", () -> sim.mode() == OperatorMode.CALLING
				&& sim.console().state().current().map(c -> c.label().contains("8006")).orElse(false));
		page.waitForText("customers.message", "8006");
		page.picture(null, "f06-dial-from-result");
		sim.console().hangUp();
		ui.waitUntil("the call to end", () -> sim.mode() == OperatorMode.IDLE);
		assertEquals("", keypad.number());
	}

	@Test
	void f04_f06_operatorSearchesAndDialsButCannotChangeCustomers() {
		stores.create(ZHANG, ZHANG_NUMBER);
		OperatorSession operator = stores.operator(OPERATOR_LOGIN, "operator-pass-1");
		stores.useSession(operator);
		console.waitForPerspective(ConsoleWindow.OPERATOR);
		page.open(ConsoleWindow.OPERATOR, ViewPage.DIRECTORY);
		page.search("zs", ZHANG);

		for (String id : List.of("customers.new", "customers.edit", "customers.delete", "customers.import",
				"customers.export")) {
			assertFalse(page.isEnabled(id), id + " is greyed for operators");
			assertTrue(page.tooltip(id).contains("administrators"), id + " says why");
		}
		assertTrue(page.isEnabled("customers.dial"), "operators dial");
		page.picture(null, "f06-operator-directory");
		stores.accounts().logout(operator);
	}
}
