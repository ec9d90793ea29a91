package com.switchdesk.ui.admin;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;

import com.switchdesk.pbx.model.WakeUpRecord;
import com.switchdesk.ui.WidgetIds;

/**
 * The wake-up log (叫醒日志, F36): each attempt the PBX made, with the time it was for, when it
 * actually rang, the attempt and the outcome. Newest first; a click on a heading sorts by that
 * column (again: the other way); the filter narrows by room or name.
 */
final class LogTab {

	private final WakeUpPresenter presenter;
	private final LocalResourceManager resources;
	private final Text filter;
	private final TableViewer viewer;
	private final Label count;
	private List<WakeUpRecord> all = List.of();
	private Comparator<WakeUpRecord> order = Comparator.comparing(WakeUpRecord::called).reversed();

	LogTab(Composite parent, WakeUpPresenter presenter) {
		this.presenter = presenter;
		resources = new LocalResourceManager(JFaceResources.getResources(), parent);
		Composite box = WidgetIds.tag(new Composite(parent, SWT.NONE), "wakeup.log");
		GridLayoutFactory.swtDefaults().numColumns(2).margins(6, 6).applyTo(box);
		filter = WidgetIds.tag(new Text(box, SWT.BORDER | SWT.SINGLE), "wakeup.log.filter");
		filter.setMessage(Messages.Log_filterHint);
		filter.addListener(SWT.Modify, e -> refilter());
		GridDataFactory.fillDefaults().hint(260, SWT.DEFAULT).applyTo(filter);
		count = WidgetIds.tag(new Label(box, SWT.NONE), "wakeup.log.count");
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(count);

		viewer = new TableViewer(box, SWT.FULL_SELECTION | SWT.BORDER | SWT.MULTI);
		Table table = WidgetIds.tag(viewer.getTable(), "wakeup.log.table");
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(table);
		column(Messages.Orders_room, 80, WakeUpRecord::extension, Comparator.comparing(WakeUpRecord::extension));
		column(Messages.Orders_name, 160, r -> presenter.name(r.extension()),
				Comparator.comparing(r -> presenter.name(r.extension())));
		column(Messages.Log_scheduled, 150, r -> WakeUpTexts.dateTime(r.scheduled()),
				Comparator.comparing(WakeUpRecord::scheduled));
		TableColumn called = column(Messages.Log_called, 160, r -> WakeUpTexts.dateTimeSeconds(r.called()),
				Comparator.comparing(WakeUpRecord::called));
		column(Messages.Log_attempt, 90, r -> WakeUpTexts.attempt(r.attempt()),
				Comparator.comparingInt(WakeUpRecord::attempt));
		column(Messages.Log_outcome, 120, r -> WakeUpTexts.outcome(r.outcome()),
				Comparator.comparing(WakeUpRecord::outcome));
		table.setSortColumn(called);
		table.setSortDirection(SWT.DOWN);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
	}

	private TableColumn column(String heading, int width, Function<WakeUpRecord, String> text,
			Comparator<WakeUpRecord> sort) {
		TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
		TableColumn column = c.getColumn();
		column.setText(heading);
		column.setWidth(width);
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((WakeUpRecord) element);
			}

			@Override
			public Color getBackground(Object element) {
				return colour((WakeUpRecord) element);
			}
		});
		column.addListener(SWT.Selection, e -> {
			Table table = viewer.getTable();
			boolean up = table.getSortColumn() != column || table.getSortDirection() == SWT.DOWN;
			table.setSortColumn(column);
			table.setSortDirection(up ? SWT.UP : SWT.DOWN);
			Comparator<WakeUpRecord> then = sort.thenComparing(WakeUpRecord::called);
			order = up ? then : then.reversed();
			refilter();
		});
		return column;
	}

	private Color colour(WakeUpRecord r) {
		RGB rgb = switch (r.outcome()) {
		case ANSWERED -> new RGB(0xdc, 0xf0, 0xdc);
		case NO_ANSWER, BUSY -> new RGB(0xff, 0xef, 0xcc);
		case FAILED -> new RGB(0xfa, 0xd4, 0xd0);
		};
		return resources.create(ColorDescriptor.createFrom(rgb));
	}

	Composite control() {
		return viewer.getTable().getParent();
	}

	void show(List<WakeUpRecord> log) {
		all = log;
		refilter();
	}

	private void refilter() {
		NumberFilter f = NumberFilter.parse(filter.getText());
		List<WakeUpRecord> shown = all.stream().filter(r -> f.matches(r.extension(), presenter.name(r.extension())))
				.sorted(order).toList();
		viewer.setInput(shown);
		count.setText(NLS.bind(Messages.Log_count, all.size(), shown.size()));
	}
}
