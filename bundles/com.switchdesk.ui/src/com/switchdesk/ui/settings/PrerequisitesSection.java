package com.switchdesk.ui.settings;

import java.util.function.Supplier;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import com.switchdesk.callcontrol.PbxConnection;
import com.switchdesk.pbx.command.ReadExtensionServices;
import com.switchdesk.pbx.command.WriteExtensionServices;
import com.switchdesk.pbx.model.ExtensionServices;
import com.switchdesk.ui.WidgetIds;
import com.switchdesk.ui.directory.Background;
import com.switchdesk.ui.directory.Failures;

/**
 * The PBX prerequisites check (F14, seed 1.1 and figure 2.1): reads the operator extension's services and lists
 * each thing the console needs with what the extension has now, OK or missing; Fix writes every missing one in
 * one {@link WriteExtensionServices} and checks again. The PBX's refusal (an office extension, no connection) is
 * shown as it came.
 */
final class PrerequisitesSection {

	private final Supplier<PbxConnection> pbx;
	private final Supplier<String> position;
	private final Background background;
	private final Group box;
	private final Label status;
	private final Table table;
	private final Button check;
	private final Button fix;
	private ExtensionServices last;

	PrerequisitesSection(Composite parent, Supplier<PbxConnection> pbx, Supplier<String> position,
			Background background) {
		this.pbx = pbx;
		this.position = position;
		this.background = background;
		box = new Group(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(box);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(box);
		Label intro = new Label(box, SWT.WRAP);
		intro.setText(Messages.Prereq_intro);
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(300, SWT.DEFAULT).applyTo(intro);
		check = WidgetIds.tag(new Button(box, SWT.PUSH), "prereq.check");
		check.setText(Messages.Prereq_check);
		check.addListener(SWT.Selection, e -> read(null));
		fix = WidgetIds.tag(new Button(box, SWT.PUSH), "prereq.fix");
		fix.setText(Messages.Prereq_fix);
		fix.setToolTipText(Messages.Prereq_fixTip);
		fix.setEnabled(false);
		fix.addListener(SWT.Selection, e -> fixMissing());
		status = WidgetIds.tag(new Label(box, SWT.WRAP), "prereq.status");
		GridDataFactory.fillDefaults().grab(true, false).hint(240, SWT.DEFAULT).applyTo(status);
		table = WidgetIds.tag(new Table(box, SWT.BORDER | SWT.FULL_SELECTION), "prereq.table");
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(300, SWT.DEFAULT).applyTo(table);
		column(Messages.Prereq_colItem, 250);
		column(Messages.Prereq_colRequired, 120);
		column(Messages.Prereq_colNow, 100);
		column(Messages.Prereq_colState, 80);
		for (Prerequisites.Item item : Prerequisites.Item.values()) {
			TableItem row = new TableItem(table, SWT.NONE);
			row.setText(new String[] { itemText(item), required(item), "", "" });
		}
		fitColumns();
		showPosition();
	}

	private void column(String title, int width) {
		TableColumn c = new TableColumn(table, SWT.LEFT);
		c.setText(title);
		c.setWidth(width);
	}

	/** Each column as wide as its widest text: values like "1 or better (lower)" must not be cut. */
	private void fitColumns() {
		for (TableColumn c : table.getColumns()) {
			c.pack();
		}
	}

	void showPosition() {
		box.setText(NLS.bind(Messages.Prereq_title, position.get()));
	}

	/** Reads the services; {@code after}, when given, is said first (e.g. that a fix was written). */
	void read(String after) {
		PbxConnection connection = pbx.get();
		String extension = position.get();
		if (connection == null) {
			show(Messages.Prereq_noPbx, true);
			return;
		}
		show(NLS.bind(Messages.Prereq_reading, extension), false);
		check.setEnabled(false);
		background.await(connection.connector().execute(new ReadExtensionServices(extension)), services -> {
			check.setEnabled(true);
			showServices(services, after);
		}, error -> {
			check.setEnabled(true);
			show(Failures.text(error), true);
		});
	}

	private void showServices(ExtensionServices services, String after) {
		last = services;
		int missing = 0;
		for (Prerequisites.Check c : Prerequisites.check(services)) {
			TableItem row = table.getItem(c.item().ordinal());
			row.setText(2, Prerequisites.now(c.item(), services, on -> on ? Messages.Prereq_on : Messages.Prereq_off));
			row.setText(3, c.met() ? Messages.Prereq_ok : Messages.Prereq_missing);
			row.setForeground(3, table.getDisplay().getSystemColor(c.met() ? SWT.COLOR_DARK_GREEN : SWT.COLOR_RED));
			missing += c.met() ? 0 : 1;
		}
		fitColumns();
		fix.setEnabled(missing > 0);
		String result = missing == 0 ? NLS.bind(Messages.Prereq_allMet, services.number())
				: NLS.bind(Messages.Prereq_someMissing, missing, services.number());
		show(after == null ? result : after + " " + result, missing > 0);
	}

	private void fixMissing() {
		PbxConnection connection = pbx.get();
		if (connection == null || last == null) {
			show(Messages.Prereq_noPbx, true);
			return;
		}
		ExtensionServices wanted = Prerequisites.fixed(last);
		fix.setEnabled(false);
		show(NLS.bind(Messages.Prereq_writing, wanted.number()), false);
		background.await(connection.connector().execute(new WriteExtensionServices(wanted)),
				done -> read(NLS.bind(Messages.Prereq_written, wanted.number())), error -> {
					fix.setEnabled(true);
					show(NLS.bind(Messages.Prereq_refused, wanted.number(), Failures.text(error)), true);
				});
	}

	private void show(String text, boolean problem) {
		status.setText(text);
		status.setForeground(status.getDisplay().getSystemColor(problem ? SWT.COLOR_DARK_RED : SWT.COLOR_DARK_GREEN));
		box.layout(true, true);
	}

	private static String itemText(Prerequisites.Item item) {
		return switch (item) {
		case CALL_WAITING -> Messages.Prereq_CALL_WAITING;
		case CALL_WAITING_MODE -> Messages.Prereq_CALL_WAITING_MODE;
		case INTERNAL_TRANSFER -> Messages.Prereq_INTERNAL_TRANSFER;
		case EXTERNAL_TRANSFER -> Messages.Prereq_EXTERNAL_TRANSFER;
		case RECALL -> Messages.Prereq_RECALL;
		case OUTGOING_ON_BEHALF -> Messages.Prereq_OUTGOING_ON_BEHALF;
		case BARGE_SWITCH -> Messages.Prereq_BARGE_SWITCH;
		case BARGE_LEVEL -> Messages.Prereq_BARGE_LEVEL;
		};
	}

	private static String required(Prerequisites.Item item) {
		return switch (item) {
		case CALL_WAITING_MODE -> Messages.Prereq_operatorMode;
		case BARGE_LEVEL -> NLS.bind(Messages.Prereq_levelOrBetter, Prerequisites.REQUIRED_BARGE_LEVEL);
		default -> Messages.Prereq_on;
		};
	}
}
