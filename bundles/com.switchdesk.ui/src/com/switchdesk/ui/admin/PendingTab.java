package com.switchdesk.ui.admin;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;

import com.switchdesk.pbx.model.PendingWakeUp;
import com.switchdesk.ui.WidgetIds;

/**
 * What the PBX will ring next, system-wide (待叫醒列表, F37): due time, how long until then, room,
 * name, first call or retry; soonest first. The "in …" column ticks every half minute.
 */
final class PendingTab {

	private final WakeUpPresenter presenter;
	private final TableViewer viewer;
	private final Label summary;
	private List<PendingWakeUp> pending = List.of();

	PendingTab(Composite parent, WakeUpPresenter presenter) {
		this.presenter = presenter;
		Composite box = WidgetIds.tag(new Composite(parent, SWT.NONE), "wakeup.pending");
		GridLayoutFactory.swtDefaults().margins(6, 6).applyTo(box);
		summary = WidgetIds.tag(new Label(box, SWT.WRAP), "wakeup.pending.summary");
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(summary);
		viewer = new TableViewer(box, SWT.FULL_SELECTION | SWT.BORDER | SWT.MULTI);
		Table table = WidgetIds.tag(viewer.getTable(), "wakeup.pending.table");
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
		column(Messages.Pending_due, 160, p -> WakeUpTexts.dateTime(p.due()));
		column(Messages.Pending_in, 120, p -> WakeUpTexts.until(LocalDateTime.now(), p.due()));
		column(Messages.Orders_room, 80, PendingWakeUp::extension);
		column(Messages.Orders_name, 160, p -> presenter.name(p.extension()));
		column(Messages.Log_attempt, 100, p -> WakeUpTexts.attempt(p.attempt()));
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		tick(box);
	}

	private void column(String heading, int width, Function<PendingWakeUp, String> text) {
		TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
		c.getColumn().setText(heading);
		c.getColumn().setWidth(width);
		c.setLabelProvider(ColumnLabelProvider.createTextProvider(e -> text.apply((PendingWakeUp) e)));
	}

	Composite control() {
		return viewer.getTable().getParent();
	}

	void show(List<PendingWakeUp> list) {
		pending = list.stream().sorted(Comparator.comparing(PendingWakeUp::due)
				.thenComparing(PendingWakeUp::extension)).toList();
		viewer.setInput(pending);
		summary.setText(pending.isEmpty() ? Messages.Pending_none
				: NLS.bind(Messages.Pending_summary, new Object[] { pending.size(), pending.get(0).extension(),
						WakeUpTexts.dateTime(pending.get(0).due()) }));
		summary.getParent().layout(true);
	}

	private void tick(Composite box) {
		box.getDisplay().timerExec(30_000, new Runnable() {
			@Override
			public void run() {
				if (!box.isDisposed()) {
					viewer.refresh();
					box.getDisplay().timerExec(30_000, this);
				}
			}
		});
	}
}
