package com.switchdesk.ui.tests.admin;

import java.util.List;

import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;

import com.switchdesk.ui.WidgetIds;
import com.switchdesk.ui.tests.driver.ConsoleWindow;

/** Page object of the wake-up part (F35–F37): its three tabs, the order and bulk dialogs. */
final class WakeUpPage extends AdminPage {

	static final String PART = "com.switchdesk.ui.part.wakeup";
	static final String ORDERS = "wakeup.orders.table";
	static final String LOG = "wakeup.log.table";
	static final String PENDING = "wakeup.pending.table";

	WakeUpPage(ConsoleWindow console) {
		super(console);
	}

	void open() {
		open(PART);
		ui.widget("wakeup.tabs");
	}

	/** Clicks a tab: "orders", "log" or "pending". */
	void tab(String name) {
		TabFolder tabs = ui.widget("wakeup.tabs");
		String id = "wakeup.tab." + name;
		Rectangle r = ui.onUi(() -> {
			for (TabItem item : tabs.getItems()) {
				if (id.equals(WidgetIds.of(item))) {
					return item.getBounds();
				}
			}
			throw new AssertionError("no tab " + id);
		});
		ui.clickAt(tabs, r.x + r.width / 2, r.y + r.height / 2);
		ui.waitUntil("the " + name + " tab to be shown", () -> {
			for (TabItem item : tabs.getSelection()) {
				if (id.equals(WidgetIds.of(item))) {
					return true;
				}
			}
			return false;
		});
	}

	/** The orders table: room, name, time 1, time 2, cycle, days, on/off. */
	List<String> order(String room) {
		return row(ORDERS, room);
	}

	void waitForOrder(String room, List<String> cells) {
		ui.waitUntil("the order of " + room + " to read " + cells + " (now " + order(room) + ")",
				() -> cells.equals(order(room)));
	}

	void waitForNoOrder(String room) {
		ui.waitUntil("no order for " + room + " (now " + order(room) + ")", () -> order(room) == null);
	}

	String dialogMessage() {
		return ui.textOf("wakeup.dialog.message");
	}

	void waitForDialogMessage(String expected) {
		ui.waitUntil("the dialog to say '" + expected + "' (now '" + dialogMessage() + "')",
				() -> dialogMessage().equals(expected));
	}

	String bulkMessage() {
		return ui.textOf("wakeup.bulk.message");
	}

	void waitForBulkMessage(String expected) {
		ui.waitUntil("the bulk dialog to say '" + expected + "' (now '" + bulkMessage() + "')",
				() -> bulkMessage().equals(expected));
	}

	/** Rows of a table whose room column ({@code column}) is one of {@code rooms}. */
	List<List<String>> rowsFor(String table, int column, List<String> rooms) {
		return rows(table).stream().filter(r -> rooms.contains(r.get(column))).toList();
	}
}
