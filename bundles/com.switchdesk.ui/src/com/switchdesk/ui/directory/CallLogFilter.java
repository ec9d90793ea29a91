package com.switchdesk.ui.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Text;

import com.switchdesk.model.CallDirection;
import com.switchdesk.model.CallOutcome;
import com.switchdesk.store.CallLogService.Query;
import com.switchdesk.ui.Buttons;
import com.switchdesk.ui.WidgetIds;

/** The call log's search fields: text (number or customer), from and to dates, direction and outcome. */
final class CallLogFilter {

	static final int LIMIT = 500;

	private final Composite root;
	private final Text text;
	private final Button fromOn;
	private final DateTime from;
	private final Button toOn;
	private final DateTime to;
	private final Combo direction;
	private final Combo outcome;

	/**
	 * @param searchRow where the search field goes, first in the row, taking the spare width
	 * @param parent    where the dates, direction and outcome go, in a row of their own: in the operator's
	 *                  narrow tab beside the keypad they would squeeze the search field to nothing
	 */
	CallLogFilter(Composite searchRow, Composite parent, Runnable changed, Runnable typed) {
		text = WidgetIds.tag(new Text(searchRow, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL), "calllog.text");
		text.setMessage(Messages.CallLog_searchHint);
		text.setToolTipText(Messages.CallLog_searchTip);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).hint(160, SWT.DEFAULT)
				.applyTo(text);
		root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(6).applyTo(root);
		text.addListener(SWT.Modify, e -> typed.run());
		text.addListener(SWT.DefaultSelection, e -> changed.run());
		fromOn = Buttons.check(root, "calllog.fromOn", Messages.CallLog_from);
		from = date(root, "calllog.from", changed);
		toOn = Buttons.check(root, "calllog.toOn", Messages.CallLog_to);
		to = date(root, "calllog.to", changed);
		direction = WidgetIds.tag(new Combo(root, SWT.READ_ONLY | SWT.DROP_DOWN), "calllog.direction");
		direction.add(Messages.CallLog_allDirections);
		for (CallDirection d : CallDirection.VALUES) {
			direction.add(CallTexts.direction(d));
		}
		direction.select(0);
		direction.addListener(SWT.Selection, e -> changed.run());
		outcome = WidgetIds.tag(new Combo(root, SWT.READ_ONLY | SWT.DROP_DOWN), "calllog.outcome");
		outcome.add(Messages.CallLog_allOutcomes);
		for (CallOutcome o : CallOutcome.VALUES) {
			outcome.add(CallTexts.outcome(o));
		}
		outcome.select(0);
		outcome.addListener(SWT.Selection, e -> changed.run());
		from.setEnabled(false);
		to.setEnabled(false);
	}

	private DateTime date(Composite parent, String id, Runnable changed) {
		DateTime d = WidgetIds.tag(new DateTime(parent, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER), id);
		d.addListener(SWT.Selection, e -> changed.run());
		Button on = id.endsWith("from") ? fromOn : toOn;
		on.addListener(SWT.Selection, e -> {
			d.setEnabled(on.getSelection());
			changed.run();
		});
		return d;
	}

	Composite control() {
		return root;
	}

	Text text() {
		return text;
	}

	/** The search as the fields say; dates are whole days in this PC's time zone, "to" included. */
	Query query() {
		ZoneId zone = ZoneId.systemDefault();
		Instant start = fromOn.getSelection() ? day(from).atStartOfDay(zone).toInstant() : null;
		Instant end = toOn.getSelection() ? day(to).plusDays(1).atStartOfDay(zone).toInstant() : null;
		CallDirection d = direction.getSelectionIndex() > 0 ? CallDirection.get(direction.getSelectionIndex() - 1) : null;
		CallOutcome o = outcome.getSelectionIndex() > 0 ? CallOutcome.get(outcome.getSelectionIndex() - 1) : null;
		String t = text.getText().strip();
		return new Query(start, end, d, o, t.isEmpty() ? null : t, LIMIT);
	}

	private static LocalDate day(DateTime d) {
		return LocalDate.of(d.getYear(), d.getMonth() + 1, d.getDay());
	}
}
