package com.switchdesk.ui.tests.driver;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/** Page object of the queue and hold list. */
public final class QueuePage {

	private final UiDriver ui;

	public QueuePage(UiDriver ui) {
		this.ui = ui;
	}

	/** The rows as shown: each row's cell texts. */
	public List<List<String>> rows() {
		Table table = ui.widget("queue.table");
		return ui.onUi(() -> {
			List<List<String>> rows = new ArrayList<>();
			for (TableItem item : table.getItems()) {
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < table.getColumnCount(); c++) {
					cells.add(item.getText(c));
				}
				rows.add(cells);
			}
			return rows;
		});
	}

	public void waitForRows(String what, int count) {
		ui.waitUntil(what + ": " + count + " rows in the queue (now " + rowsSafe() + ")", () -> rowsSafe().size() == count);
	}

	private List<List<String>> rowsSafe() {
		return ui.onUi(() -> ui.find("queue.table").isPresent() ? rowsNow() : List.<List<String>>of());
	}

	private List<List<String>> rowsNow() {
		Table table = (Table) ui.find("queue.table").orElseThrow();
		List<List<String>> rows = new ArrayList<>();
		for (TableItem item : table.getItems()) {
			List<String> cells = new ArrayList<>();
			for (int c = 0; c < table.getColumnCount(); c++) {
				cells.add(item.getText(c));
			}
			rows.add(cells);
		}
		return rows;
	}

	/** Waits until some row shows {@code number} in state {@code state}. */
	public void waitForRow(String number, String state) {
		ui.waitUntil("a queue row " + number + " / " + state + " (now " + rowsSafe() + ")",
				() -> rowsSafe().stream().anyMatch(r -> r.get(2).equals(number) && r.get(4).equals(state)));
	}

	/** Double-clicks the row that shows {@code number}. */
	public void doubleClick(String number) {
		Table table = ui.widget("queue.table");
		Rectangle cell = ui.onUi(() -> {
			for (TableItem item : table.getItems()) {
				if (item.getText(2).equals(number)) {
					return item.getBounds(2);
				}
			}
			throw new AssertionError("no queue row for " + number);
		});
		// first a click that moves the keyboard to the list, as an operator's hand does: a double-click whose
		// first click also moves the focus from the number field is sometimes taken by GTK for two clicks
		ui.clickAt(table, cell.x + cell.width / 2, cell.y + cell.height / 2);
		ui.waitUntil("the list to have the keyboard", table::isFocusControl);
		ui.doubleClickAt(table, cell.x + cell.width / 2, cell.y + cell.height / 2);
	}
}
