package com.switchdesk.ui.tests.manage;

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
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Widget;

import com.switchdesk.ui.tests.driver.ConsoleWindow;
import com.switchdesk.ui.tests.driver.UiDriver;

/**
 * What the page objects of the customer, call log, settings, groups and accounts views share: opening a view by
 * its tab, typing into fields, reading tables and labels, pictures. Getters are safe in wait conditions.
 */
class ViewPage {

	static final String CUSTOMERS = "com.switchdesk.ui.part.customers";
	static final String CALL_LOG = "com.switchdesk.ui.part.calllog";
	static final String GROUPS = "com.switchdesk.ui.part.groups";
	static final String SETTINGS = "com.switchdesk.ui.part.settings";
	static final String ACCOUNTS = "com.switchdesk.ui.part.accounts";
	static final String DIRECTORY = "com.switchdesk.ui.part.directory";
	static final String OPERATOR_CALL_LOG = "com.switchdesk.ui.part.operatorCallLog";

	protected final ConsoleWindow console;
	protected final UiDriver ui;

	ViewPage(ConsoleWindow console) {
		this.console = console;
		this.ui = console.ui();
	}

	/** Switches to the perspective and clicks the part's tab. */
	void open(String perspective, String partId) {
		console.activate();
		if (!perspective.equals(console.activePerspective())) {
			console.switchWithButton(perspective);
		}
		MPart part = ui.waitFor("part " + partId, () -> console.part(partId), UiDriver.DEFAULT_TIMEOUT);
		MPartStack stack = (MPartStack) (MUIElement) part.getParent();
		CTabFolder tabs = ui.waitFor("the tabs of " + partId, () -> (CTabFolder) stack.getWidget(),
				UiDriver.DEFAULT_TIMEOUT);
		Rectangle tab = ui.waitFor("a tab for " + partId, () -> {
			for (CTabItem item : tabs.getItems()) {
				if (item.getText().equals(part.getLocalizedLabel()) && item.isShowing()) {
					return item.getBounds();
				}
			}
			return null;
		}, UiDriver.DEFAULT_TIMEOUT);
		ui.clickAt(tabs, tab.x + tab.width / 2, tab.y + tab.height / 2);
		ui.waitUntil(partId + " to be shown", () -> console.isPartVisible(partId));
	}

	void openAdministrator(String partId) {
		open(ConsoleWindow.ADMINISTRATOR, partId);
	}

	/** Clicks a button (or any control) by id once it is shown and enabled. */
	void click(String id) {
		Widget w = ui.widget(id);
		ui.waitUntil(id + " to be enabled", () -> !(w instanceof Control c) || c.isEnabled());
		ui.click(w);
	}

	/** Replaces the text of a field the way a user does: click, select all, type. */
	void fill(String id, String text) {
		Widget field = ui.widget(id);
		// a dialog that just closed leaves the X focus nowhere: the user's first click would only raise the window
		if (ui.onUi(() -> ((Control) field).getShell() == console.shell()
				&& ui.display().getActiveShell() != console.shell())) {
			console.activate();
		}
		ui.click(field);
		ui.waitUntil(id + " to have the keyboard focus", () -> ui.display().getFocusControl() == field);
		ui.press("ctrl+a");
		ui.press("BackSpace");
		if (!text.isEmpty()) {
			ui.type(text);
		}
		ui.waitUntil(id + " to read '" + text + "' (now '" + ui.textOf(id) + "')", () -> ui.textOf(id).equals(text));
	}

	boolean isEnabled(String id) {
		return ui.onUi(() -> ui.find(id).map(w -> w instanceof Control c && !c.isDisposed() && c.isEnabled())
				.orElse(false));
	}

	boolean isSelected(String id) {
		return ui.onUi(() -> ui.find(id).map(w -> w instanceof Button b && !b.isDisposed() && b.getSelection())
				.orElse(false));
	}

	boolean isShowing(String id) {
		return ui.onUi(() -> ui.find(id).map(UiDriver::isShowing).orElse(false));
	}

	String tooltip(String id) {
		return ui.onUi(() -> ui.find(id).map(w -> w instanceof Control c ? c.getToolTipText() : null).orElse(null));
	}

	/** Whether a label is shown in red (an unsaved change, a refusal). */
	boolean isRed(String id) {
		return ui.onUi(() -> ui.find(id).map(w -> w instanceof Label l && !l.isDisposed()
				&& l.getForeground().getRed() > 100
				&& l.getForeground().getRed() > 2 * l.getForeground().getGreen()).orElse(false));
	}

	void waitForText(String id, String fragment) {
		ui.waitUntil(id + " to contain '" + fragment + "' (now '" + ui.textOf(id) + "')",
				() -> ui.textOf(id).contains(fragment));
	}

	/** The rows of a table as shown: each row's cell texts. */
	List<List<String>> rows(String tableId) {
		return ui.onUi(() -> {
			List<List<String>> rows = new ArrayList<>();
			ui.find(tableId).filter(w -> !w.isDisposed()).ifPresent(w -> {
				Table table = (Table) w;
				for (TableItem item : table.getItems()) {
					List<String> cells = new ArrayList<>();
					for (int c = 0; c < Math.max(1, table.getColumnCount()); c++) {
						cells.add(item.getText(c));
					}
					rows.add(cells);
				}
			});
			return rows;
		});
	}

	/** Waits for a row whose cell {@code column} reads {@code text}, and returns it. */
	List<String> waitForRow(String tableId, int column, String text) {
		return ui.waitFor("a row '" + text + "' in " + tableId + " (now " + rows(tableId) + ")",
				() -> rows(tableId).stream().filter(r -> r.size() > column && r.get(column).equals(text)).findFirst()
						.orElse(null),
				UiDriver.DEFAULT_TIMEOUT);
	}

	/** Clicks the row whose cell {@code column} reads {@code text}. */
	void clickRow(String tableId, int column, String text) {
		Rectangle r = cell(tableId, column, text);
		ui.clickAt(table(tableId), r.x + 10, r.y + r.height / 2);
	}

	void doubleClickRow(String tableId, int column, String text) {
		Rectangle r = cell(tableId, column, text);
		ui.doubleClickAt(table(tableId), r.x + 10, r.y + r.height / 2);
	}

	private Table table(String tableId) {
		return ui.widget(tableId);
	}

	private Rectangle cell(String tableId, int column, String text) {
		Table table = table(tableId);
		return ui.waitFor("a row '" + text + "' in " + tableId, () -> {
			for (TableItem item : table.getItems()) {
				if (item.getText(column).equals(text)) {
					table.showItem(item);
					return item.getBounds(column);
				}
			}
			return null;
		}, UiDriver.DEFAULT_TIMEOUT);
	}

	/** The shell of a dialog, once shown. */
	Shell dialog(String id) {
		return ui.widget(id);
	}

	/** Confirms the question dialog with this title (its default button: OK or Yes). */
	void confirm(String title) {
		Shell question = ui.waitFor("the question '" + title + "'", () -> {
			for (Shell shell : ui.display().getShells()) {
				for (Shell s : shell.getShells()) {
					if (s.isVisible() && title.equals(s.getText())) {
						return s;
					}
				}
			}
			return null;
		}, UiDriver.DEFAULT_TIMEOUT);
		ui.settle();
		ui.press("Return");
		ui.waitUntil("the question '" + title + "' to close", () -> question.isDisposed() || !question.isVisible());
	}

	void waitClosed(String id) {
		ui.waitUntil(id + " to close", () -> ui.find(id).map(w -> w.isDisposed() || !UiDriver.isShowing(w))
				.orElse(true));
	}

	/**
	 * A picture of a shell (the main window when null) once GTK's short transitions have played, so that it
	 * shows what the user then sees.
	 */
	Path picture(Shell shell, String name) {
		long start = System.nanoTime();
		ui.waitUntil("the widgets' transitions to end", () -> System.nanoTime() - start > 400_000_000L);
		return ui.screenshot(shell == null ? ui.onUi(console::shell) : shell, name);
	}
}
