package com.switchdesk.ui.directory;

import java.text.MessageFormat;
import java.util.List;
import java.util.function.Function;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;

import com.switchdesk.callcontrol.OperatorConsole;
import com.switchdesk.store.CallLogService;
import com.switchdesk.store.CallLogService.Entry;
import com.switchdesk.store.CallLogService.Query;
import com.switchdesk.store.OperatorSession;
import com.switchdesk.ui.WidgetIds;

/**
 * The call log (F10): every call the console handled, newest first, searchable by number or customer, date,
 * direction and outcome; Dial back (or double-click, or Enter) calls the other party. Refreshes when a call is
 * logged.
 */
public class CallLogPart {

	private static final int TYPING_PAUSE_MILLIS = 300;

	@Inject
	private UISynchronize ui;
	@Inject
	@Optional
	private CallLogService log;
	@Inject
	@Optional
	private OperatorConsole console;

	private OperatorSession session;
	private SessionGate gate;
	private CallLogFilter filter;
	private TableViewer viewer;
	private Label status;
	private Label message;
	private Button dialBack;
	private Background background;
	private Dialer dialer;
	private long ticket;
	private final Runnable searchLater = this::search;

	@Inject
	void session(@Optional OperatorSession newSession) {
		session = newSession;
		if (gate != null) {
			ui.asyncExec(this::admit);
		}
	}

	@PostConstruct
	void create(Composite parent) {
		gate = new SessionGate(parent, "calllog");
		Composite root = gate.content();
		GridLayoutFactory.swtDefaults().margins(8, 8).applyTo(root);
		background = new Background("call-log", ui, root);
		Composite bar = new Composite(root, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		filter = new CallLogFilter(bar, root, this::search, this::searchSoon);
		Button refresh = WidgetIds.tag(new Button(bar, SWT.PUSH), "calllog.search");
		refresh.setText(Messages.CallLog_refresh);
		refresh.addListener(SWT.Selection, e -> search());
		dialBack = WidgetIds.tag(new Button(bar, SWT.PUSH), "calllog.dialBack");
		dialBack.setText(Messages.CallLog_dialBack);
		dialBack.setToolTipText(Messages.CallLog_dialBackTip);
		dialBack.addListener(SWT.Selection, e -> dialSelected());
		GridDataFactory.fillDefaults().applyTo(filter.control());

		message = WidgetIds.tag(new Label(root, SWT.WRAP), "calllog.message");
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).exclude(true).applyTo(message);
		message.setVisible(false);
		status = WidgetIds.tag(new Label(root, SWT.NONE), "calllog.status");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
		viewer = new TableViewer(root, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
		Table table = WidgetIds.tag(viewer.getTable(), "calllog.table");
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(600, 200).applyTo(table);
		column(Messages.CallLog_colTime, 150, e -> CallTexts.time(e.call().getStart()));
		column(Messages.CallLog_colDirection, 90, e -> CallTexts.direction(e.call().getDirection()));
		column(Messages.CallLog_colParties, 210, e -> CallTexts.parties(e.call()));
		column(Messages.CallLog_colCustomer, 120, e -> e.customerName().orElse(""));
		column(Messages.CallLog_colDuration, 70, e -> CallTexts.duration(e.call()));
		column(Messages.CallLog_colOutcome, 90, e -> CallTexts.outcome(e.call().getOutcome()));
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.addSelectionChangedListener(e -> dialBack.setEnabled(selected() != null));
		table.addListener(SWT.DefaultSelection, e -> dialSelected());
		dialer = new Dialer(() -> console, background, this::showMessage);
		admit();
	}

	private void column(String title, int width, Function<Entry, String> text) {
		TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
		c.getColumn().setText(title);
		c.getColumn().setWidth(width);
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Entry) element);
			}
		});
	}

	@Focus
	void focus() {
		if (filter != null && filter.text().isVisible()) {
			filter.text().setFocus();
		}
	}

	@Inject
	@Optional
	void recorded(@UIEventTopic(CallLogTopics.RECORDED) Object call) {
		if (viewer != null && !viewer.getTable().isDisposed() && session != null) {
			searchSoon();
		}
	}

	@Inject
	@Optional
	void failed(@UIEventTopic(CallLogTopics.FAILED) String reason) {
		if (message != null && !message.isDisposed()) {
			showMessage(NLS.bind(Messages.CallLog_notLogged, reason), true);
		}
	}

	private void admit() {
		if (gate.control().isDisposed()) {
			return;
		}
		if (gate.admit(session, Messages.CallLog_title, false)) {
			search();
		}
	}

	private void searchSoon() {
		viewer.getTable().getDisplay().timerExec(-1, searchLater);
		viewer.getTable().getDisplay().timerExec(TYPING_PAUSE_MILLIS, searchLater);
	}

	private void search() {
		if (viewer.getTable().isDisposed() || session == null) {
			return;
		}
		viewer.getTable().getDisplay().timerExec(-1, searchLater);
		if (log == null) {
			status.setText(Messages.Customers_noStore);
			return;
		}
		long mine = ++ticket;
		Query query = filter.query();
		OperatorSession who = session;
		CallLogService calls = log;
		background.run(() -> calls.search(who, query), entries -> {
			if (mine == ticket) {
				show(entries);
			}
		}, error -> status.setText(Failures.text(error)));
	}

	private void show(List<Entry> entries) {
		Entry before = selected();
		viewer.setInput(entries);
		if (before != null) {
			entries.stream().filter(e -> e.call().getId() == before.call().getId()).findFirst()
					.ifPresent(e -> viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(e), true));
		}
		dialBack.setEnabled(selected() != null);
		status.setText(entries.isEmpty() ? Messages.CallLog_none
				: entries.size() >= CallLogFilter.LIMIT ? NLS.bind(Messages.CallLog_newest, entries.size())
						: MessageFormat.format(Messages.CallLog_count, entries.size()));
	}

	private Entry selected() {
		return ((IStructuredSelection) viewer.getSelection()).getFirstElement() instanceof Entry e ? e : null;
	}

	private void dialSelected() {
		Entry e = selected();
		if (e == null) {
			return;
		}
		if (e.dialBackNumber().isBlank()) {
			showMessage(Messages.Dial_noNumber, true);
			return;
		}
		dialer.dial(e.dialBackNumber(), e.customerName().orElse(""));
	}

	private void showMessage(String text, boolean error) {
		message.setText(text);
		message.setForeground(message.getDisplay().getSystemColor(error ? SWT.COLOR_DARK_RED : SWT.COLOR_DARK_GREEN));
		((GridData) message.getLayoutData()).exclude = text.isEmpty();
		message.setVisible(!text.isEmpty());
		message.getParent().layout(true, true);
	}
}
