package com.switchdesk.ui.directory;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import com.switchdesk.ui.WidgetIds;

/** Every problem of a refused file, one row each (line, column, reason), so the user can fix them all at once. */
final class ProblemsDialog extends Dialog {

	private final String title;
	private final String intro;
	private final List<String> headings;
	private final List<List<String>> rows;

	/**
	 * @param headings the columns' headings
	 * @param rows     the cells of each row, as many as headings
	 */
	ProblemsDialog(Shell parent, String title, String intro, List<String> headings, List<List<String>> rows) {
		super(parent);
		this.title = title;
		this.intro = intro;
		this.headings = headings;
		this.rows = rows;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
		WidgetIds.tag(shell, "problems.dialog");
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Point getInitialSize() {
		// wide enough for the longest reason, as far as the screen allows; beyond that the table scrolls
		int wanted = getShell().computeSize(SWT.DEFAULT, SWT.DEFAULT, true).x;
		int screen = getShell().getMonitor().getClientArea().width * 9 / 10;
		return new Point(Math.max(720, Math.min(wanted, screen)), 420);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().margins(12, 12).applyTo(area);
		Label text = WidgetIds.tag(new Label(area, SWT.WRAP), "problems.intro");
		text.setText(intro);
		GridDataFactory.fillDefaults().grab(true, false).hint(560, SWT.DEFAULT).applyTo(text);
		Table table = WidgetIds.tag(new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL), "problems.table");
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
		for (int i = 0; i < headings.size(); i++) {
			TableColumn c = new TableColumn(table, SWT.LEFT);
			c.setText(headings.get(i));
			c.setWidth(i == headings.size() - 1 ? 480 : 80);
		}
		for (List<String> row : rows) {
			new TableItem(table, SWT.NONE).setText(row.toArray(String[]::new));
		}
		// the reasons are whole sentences: their column takes their width and the table scrolls, nothing is cut
		TableColumn reasons = table.getColumn(headings.size() - 1);
		int set = reasons.getWidth();
		reasons.pack();
		reasons.setWidth(Math.max(set, reasons.getWidth()));
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		WidgetIds.tag(createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true),
				"problems.close");
	}
}
