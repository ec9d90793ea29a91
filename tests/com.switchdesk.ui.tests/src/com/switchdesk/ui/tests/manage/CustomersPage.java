package com.switchdesk.ui.tests.manage;

import java.util.List;

import com.switchdesk.ui.tests.driver.ConsoleWindow;

/** Page object of the customer directory and its dialogs. */
final class CustomersPage extends ViewPage {

	static final String TABLE = "customers.table";

	CustomersPage(ConsoleWindow console) {
		super(console);
	}

	void open() {
		openAdministrator(CUSTOMERS);
	}

	/** Types into the search field (replacing what it held) and waits for the row of {@code name}. */
	List<String> search(String text, String name) {
		fill("customers.search", text);
		return waitForRow(TABLE, 0, name);
	}

	/** Empties the search field; the status then tells how many customers are stored. */
	void clearSearch() {
		fill("customers.search", "");
	}

	String status() {
		return ui.textOf("customers.status");
	}

	String message() {
		return ui.textOf("customers.message");
	}

	/** The customer editor's fields, filled as a user does. */
	void fillEditor(String name, String number, String email) {
		dialog("customer.dialog");
		if (name != null) {
			fill("customer.name", name);
		}
		if (number != null) {
			fill("customer.number.0", number);
		}
		if (email != null) {
			fill("customer.email", email);
		}
	}
}
