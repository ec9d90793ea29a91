package com.switchdesk.ui.tests.admin;

import java.util.List;

import com.switchdesk.ui.tests.driver.ConsoleWindow;

/** Page object of the extension-services part (F32–F34) and its read-only viewer (F33). */
final class ServicesPage extends AdminPage {

	static final String PART = "com.switchdesk.ui.part.services";
	static final String TABLE = "services.table";
	static final String BATCH = "services.batch";

	ServicesPage(ConsoleWindow console) {
		super(console);
	}

	void open() {
		open(PART);
		ui.widget(TABLE);
	}

	/** Types a filter and waits until the table shows exactly these extensions. */
	void filter(String text, List<String> expected) {
		fill("services.filter", text);
		ui.waitUntil("the extension list to show " + expected + " (now " + numbers() + ")",
				() -> numbers().equals(expected));
	}

	List<String> numbers() {
		return rows(TABLE).stream().map(r -> r.get(0)).toList();
	}

	/** The list's row of one extension: number, name, office, key services. */
	List<String> extensionRow(String number) {
		return row(TABLE, number);
	}

	void waitForExtensionRow(String number, String what, java.util.function.Predicate<List<String>> test) {
		ui.waitUntil(number + " " + what + " (now " + extensionRow(number) + ")", () -> {
			List<String> r = extensionRow(number);
			return r != null && test.test(r);
		});
	}

	void selectAllShown() {
		click("services.selectAll");
	}

	/** Clicks a service's value control (a flag's "on" box); editing it ticks "change this". */
	void clickValue(String field) {
		click("services.value." + field);
	}

	boolean ticked(String field) {
		return isSelected("services.change." + field);
	}

	void preview() {
		click("services.preview");
	}

	void apply() {
		click("services.apply");
	}

	/** The batch list: extension, name, changes, status. */
	List<List<String>> batch() {
		return rows(BATCH);
	}

	String status(String extension) {
		List<String> r = row(BATCH, extension);
		return r == null ? "" : r.get(3);
	}

	void waitForStatus(String extension, String prefix) {
		ui.waitUntil(extension + "'s batch status to start with '" + prefix + "' (now " + batch() + ")",
				() -> status(extension).startsWith(prefix));
	}

	String message() {
		return ui.textOf("services.message");
	}

	void waitForMessage(String fragment) {
		ui.waitUntil("the message to contain '" + fragment + "' (now '" + message() + "')",
				() -> message().contains(fragment));
	}

	String batchTitle() {
		return ui.textOf("services.batch.title");
	}
}
