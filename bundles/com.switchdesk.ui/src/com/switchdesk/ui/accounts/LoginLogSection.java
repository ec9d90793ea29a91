package com.switchdesk.ui.accounts;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;

import com.switchdesk.model.LoginRecord;
import com.switchdesk.model.LoginResult;
import com.switchdesk.store.AccountService;
import com.switchdesk.store.OperatorSession;
import com.switchdesk.ui.Buttons;
import com.switchdesk.ui.WidgetIds;
import com.switchdesk.ui.directory.Background;
import com.switchdesk.ui.directory.Failures;

/**
 * The login log (登陆日志, F01, seed 3.2): time, operator extension, account and result of every login attempt
 * and logout, newest first; searchable by extension or account and by date.
 */
final class LoginLogSection {

	static final int LIMIT = 1000;
	private static final int PAUSE_MILLIS = 300;

	private final Background background;
	private final Supplier<AccountService> service;
	private final Supplier<OperatorSession> session;
	private final Text text;
	private final Button fromOn;
	private final DateTime from;
	private final Button toOn;
	private final DateTime to;
	private final TableViewer viewer;
	private final Label status;
	private final Runnable searchLater = this::search;
	private long ticket;

	LoginLogSection(Composite parent, Background background, Supplier<AccountService> service,
			Supplier<OperatorSession> session) {
		this.background = background;
		this.service = service;
		this.session = session;
		Group box = new Group(parent, SWT.NONE);
		box.setText(Messages.LoginLog_title);
		GridLayoutFactory.swtDefaults().numColumns(6).applyTo(box);
		text = WidgetIds.tag(new Text(box, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL), "loginlog.text");
		text.setMessage(Messages.LoginLog_searchHint);
		GridDataFactory.fillDefaults().grab(true, false).hint(160, SWT.DEFAULT).applyTo(text);
		text.addListener(SWT.Modify, e -> {
			text.getDisplay().timerExec(-1, searchLater);
			text.getDisplay().timerExec(PAUSE_MILLIS, searchLater);
		});
		text.addListener(SWT.DefaultSelection, e -> search());
		fromOn = Buttons.check(box, "loginlog.fromOn", Messages.LoginLog_from);
		from = date(box, "loginlog.from", fromOn);
		toOn = Buttons.check(box, "loginlog.toOn", Messages.LoginLog_to);
		to = date(box, "loginlog.to", toOn);
		Button refresh = WidgetIds.tag(new Button(box, SWT.PUSH), "loginlog.search");
		refresh.setText(Messages.LoginLog_search);
		refresh.addListener(SWT.Selection, e -> search());
		status = WidgetIds.tag(new Label(box, SWT.NONE), "loginlog.status");
		GridDataFactory.fillDefaults().grab(true, false).span(6, 1).applyTo(status);
		viewer = new TableViewer(box, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		Table table = WidgetIds.tag(viewer.getTable(), "loginlog.table");
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).span(6, 1).hint(500, 140).applyTo(table);
		column(Messages.LoginLog_colTime, 160, r -> AccountTexts.time(r.getTime()));
		column(Messages.LoginLog_colExtension, 150, LoginRecord::getExtension);
		column(Messages.LoginLog_colAccount, 120, LoginRecord::getAccount);
		column(Messages.LoginLog_colResult, 200, r -> AccountTexts.result(r.getResult()));
		viewer.setContentProvider(ArrayContentProvider.getInstance());
	}

	private DateTime date(Composite parent, String id, Button on) {
		DateTime d = WidgetIds.tag(new DateTime(parent, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER), id);
		d.setEnabled(false);
		d.addListener(SWT.Selection, e -> search());
		on.addListener(SWT.Selection, e -> {
			d.setEnabled(on.getSelection());
			search();
		});
		return d;
	}

	private void column(String title, int width, Function<LoginRecord, String> cell) {
		TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
		c.getColumn().setText(title);
		c.getColumn().setWidth(width);
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				String s = cell.apply((LoginRecord) element);
				return s == null ? "" : s;
			}

			@Override
			public Color getForeground(Object element) {
				LoginResult r = ((LoginRecord) element).getResult();
				return r == LoginResult.SUCCESS || r == LoginResult.LOGOUT ? null
						: viewer.getTable().getDisplay().getSystemColor(SWT.COLOR_DARK_RED);
			}
		});
	}

	void search() {
		AccountService accounts = service.get();
		OperatorSession who = session.get();
		if (viewer.getTable().isDisposed() || accounts == null || who == null) {
			return;
		}
		text.getDisplay().timerExec(-1, searchLater);
		ZoneId zone = ZoneId.systemDefault();
		Instant start = fromOn.getSelection() ? day(from).atStartOfDay(zone).toInstant() : null;
		Instant end = toOn.getSelection() ? day(to).plusDays(1).atStartOfDay(zone).toInstant() : null;
		String filter = text.getText().strip();
		long mine = ++ticket;
		background.run(() -> accounts.loginLog(who, start, end, filter, LIMIT), records -> {
			if (mine == ticket) {
				show(records);
			}
		}, e -> status.setText(Failures.text(e)));
	}

	private void show(List<LoginRecord> records) {
		viewer.setInput(records);
		status.setText(records.isEmpty() ? Messages.LoginLog_none
				: records.size() >= LIMIT ? NLS.bind(Messages.LoginLog_newest, records.size())
						: MessageFormat.format(Messages.LoginLog_count, records.size()));
	}

	private static LocalDate day(DateTime d) {
		return LocalDate.of(d.getYear(), d.getMonth() + 1, d.getDay());
	}
}
