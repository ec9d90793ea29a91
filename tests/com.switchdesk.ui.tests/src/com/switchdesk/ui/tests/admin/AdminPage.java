package com.switchdesk.ui.tests.admin;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Widget;

import com.switchdesk.ui.tests.driver.ConsoleWindow;
import com.switchdesk.ui.tests.driver.UiDriver;

/** What the administrator views' page objects share: opening a part by its tab, tables, fields. */
class AdminPage {

	protected final ConsoleWindow console;
	protected final UiDriver ui;

	AdminPage(ConsoleWindow console) {
		this.console = console;
		this.ui = console.ui();
	}

	/** Switches to the Administrator perspective and clicks the part's tab. */
	void open(String partId) {
		// without a window manager the X keyboard focus may still be on a window a previous test closed
		console.activate();
		if (!ConsoleWindow.ADMINISTRATOR.equals(console.activePerspective())) {
			console.switchWithButton(ConsoleWindow.ADMINISTRATOR);
		}
		MPart part = ui.waitFor("part " + partId, () -> console.part(partId), UiDriver.DEFAULT_TIMEOUT);
		MPartStack stack = (MPartStack) (MUIElement) part.getParent();
		CTabFolder tabs = ui.waitFor("the administrator's tabs", () -> (CTabFolder) stack.getWidget(),
				UiDriver.DEFAULT_TIMEOUT);
		Rectangle tab = ui.onUi(() -> {
			for (CTabItem item : tabs.getItems()) {
				if (item.getText().equals(part.getLocalizedLabel())) {
					return item.getBounds();
				}
			}
			throw new AssertionError("no tab for " + part.getLocalizedLabel());
		});
		ui.clickAt(tabs, tab.x + tab.width / 2, tab.y + tab.height / 2);
		ui.waitUntil(partId + " to be shown", () -> console.isPartVisible(partId));
	}

	/**
	 * Leaves the window as a test found it: the Administrator perspective on its first part
	 * (customers), then the Operator perspective.
	 */
	void leave() {
		open("com.switchdesk.ui.part.customers");
		console.switchWithButton(ConsoleWindow.OPERATOR);
	}

	/**
	 * Saves a picture of a shell (the main window when null) once GTK's short transitions (check
	 * marks, button states) have played, so that it shows what the administrator then sees.
	 */
	Path picture(Shell shell, String name) {
		long start = System.nanoTime();
		ui.waitUntil("the widgets' transitions to end", () -> System.nanoTime() - start > 400_000_000L);
		return ui.screenshot(shell == null ? ui.onUi(console::shell) : shell, name);
	}

	void click(String id) {
		Widget w = ui.widget(id);
		ui.waitUntil(id + " to be enabled", () -> !(w instanceof Button b) || b.isEnabled());
		ui.click(w);
	}

	/** Whether the button with this id is there and enabled now; safe in wait conditions. */
	boolean isEnabled(String id) {
		return ui.onUi(() -> ui.find(id).map(w -> !w.isDisposed() && ((Button) w).isEnabled()).orElse(false));
	}

	/** Whether the check box with this id is there and ticked now; safe in wait conditions. */
	boolean isSelected(String id) {
		return ui.onUi(() -> ui.find(id).map(w -> !w.isDisposed() && ((Button) w).getSelection()).orElse(false));
	}

	/** Replaces the text of a field the way a user does: click, select all, type. */
	void fill(String id, String text) {
		Widget field = ui.widget(id);
		ui.click(field);
		ui.waitUntil(id + " to have the keyboard focus (now " + ui.onUi(() -> String.valueOf(ui.display()
				.getFocusControl())) + ")", () -> ui.display().getFocusControl() == field);
		ui.press("ctrl+a");
		if (text.isEmpty()) {
			ui.press("BackSpace");
		} else {
			ui.type(text);
		}
		ui.waitUntil(id + " to read '" + text + "' (now '" + ui.textOf(id) + "')", () -> ui.textOf(id).equals(text));
	}

	/** The rows of a table as shown: each row's cell texts (empty when the table is not there). */
	List<List<String>> rows(String tableId) {
		return ui.onUi(() -> {
			List<List<String>> rows = new ArrayList<>();
			ui.find(tableId).filter(w -> !w.isDisposed()).ifPresent(w -> {
				Table table = (Table) w;
				for (TableItem item : table.getItems()) {
					List<String> cells = new ArrayList<>();
					for (int c = 0; c < table.getColumnCount(); c++) {
						cells.add(item.getText(c));
					}
					rows.add(cells);
				}
			});
			return rows;
		});
	}

	/** The row whose first cell is {@code key}, or null. */
	List<String> row(String tableId, String key) {
		return rows(tableId).stream().filter(r -> r.get(0).equals(key)).findFirst().orElse(null);
	}

	/** Clicks the row whose cell {@code column} reads {@code text}. */
	void clickRow(String tableId, int column, String text) {
		Table table = ui.widget(tableId);
		Rectangle cell = ui.waitFor("a row '" + text + "' in " + tableId, () -> {
			for (TableItem item : table.getItems()) {
				if (item.getText(column).equals(text)) {
					table.showItem(item);
					return item.getBounds(column);
				}
			}
			return null;
		}, UiDriver.DEFAULT_TIMEOUT);
		ui.clickAt(table, cell.x + cell.width / 2, cell.y + cell.height / 2);
	}

	/** Clicks a column heading of a table (to sort by it). */
	void clickHeading(String tableId, int column) {
		Table table = ui.widget(tableId);
		Rectangle r = ui.onUi(() -> {
			// the heading sits just above the first row, whichever origin the platform gives the table
			int top = table.getItemCount() > 0 ? table.getItem(0).getBounds().y : table.getHeaderHeight();
			int x = 0;
			for (int c : table.getColumnOrder()) {
				int w = table.getColumn(c).getWidth();
				if (c == column) {
					int scrolled = table.getHorizontalBar() == null ? 0 : table.getHorizontalBar().getSelection();
					return new Rectangle(x - scrolled, top - table.getHeaderHeight(), w, table.getHeaderHeight());
				}
				x += w;
			}
			throw new AssertionError("no column " + column);
		});
		ui.clickAt(table, r.x + r.width / 2, r.y + r.height / 2);
	}
}
