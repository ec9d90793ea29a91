package com.switchdesk.ui.operator;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

import com.switchdesk.callcontrol.ConsoleState;
import com.switchdesk.callcontrol.ConsoleTopics;
import com.switchdesk.callcontrol.OperatorConsole;
import com.switchdesk.callcontrol.QueueEntry;
import com.switchdesk.ui.WidgetIds;

/**
 * The call queue and hold list (seed 3.18, 3.19, figure 30): sequence, type, number, info, state
 * and how long it has waited. Double-click or Enter answers a waiting call or retrieves a held one;
 * the current call is then put on auto hold.
 */
public class CallQueuePart {

	@Inject
	@Optional
	private OperatorConsole console;

	private TableViewer viewer;
	private Label empty;
	private LocalResourceManager resources;
	private long lastAnsweredAt;

	@PostConstruct
	void create(Composite parent) {
		resources = new LocalResourceManager(JFaceResources.getResources(), parent);
		Composite root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(root);
		viewer = new TableViewer(root, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
		Table table = WidgetIds.tag(viewer.getTable(), "queue.table");
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
		column(Messages.Queue_seq, 44, e -> Integer.toString(e.sequence()));
		column(Messages.Queue_type, 72, e -> e.external() ? Messages.Queue_external : Messages.Queue_internal);
		column(Messages.Queue_number, 110, QueueEntry::number);
		column(Messages.Queue_info, 110, QueueEntry::info);
		column(Messages.Queue_state, 80, e -> Texts.queueState(e.state()));
		column(Messages.Queue_waited, 56, e -> Texts.duration(Duration.between(e.since(), Instant.now())));
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		// GTK reports a double-click as both MouseDoubleClick and DefaultSelection, and the rows may
		// change between the two (the answered call leaves the list): act on the first one only
		table.addListener(SWT.MouseDoubleClick, e -> {
			TableItem item = table.getItem(new Point(e.x, e.y));
			if (item != null && item.getData() instanceof QueueEntry entry) {
				answer(entry);
			}
		});
		table.addListener(SWT.DefaultSelection, e -> answerSelected());

		empty = WidgetIds.tag(new Label(root, SWT.WRAP), "queue.empty");
		empty.setText(Messages.Queue_empty);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(empty);

		show(console == null ? List.of() : console.state().queue());
		refreshTimes(root);
	}

	private void column(String title, int width, Function<QueueEntry, String> text) {
		TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
		c.getColumn().setText(title);
		c.getColumn().setWidth(width);
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((QueueEntry) element);
			}

			@Override
			public Color getBackground(Object element) {
				return stateColour(((QueueEntry) element).state());
			}
		});
	}

	private Color stateColour(QueueEntry.State state) {
		return resources.create(ColorDescriptor.createFrom(switch (state) {
		case WAITING -> new RGB(0xff, 0xe0, 0xb2);
		case MANUAL_HOLD -> new RGB(0xe1, 0xbe, 0xe7);
		case AUTO_HOLD -> new RGB(0xd1, 0xc4, 0xe9);
		case PARKED -> new RGB(0xcf, 0xd8, 0xdc);
		}));
	}

	@Inject
	@Optional
	void stateChanged(@UIEventTopic(ConsoleTopics.STATE) ConsoleState state) {
		if (viewer != null && !viewer.getTable().isDisposed()) {
			show(state.queue());
		}
	}

	private void show(List<QueueEntry> entries) {
		viewer.setInput(entries);
		boolean none = entries.isEmpty();
		((GridData) empty.getLayoutData()).exclude = !none;
		empty.setVisible(none);
		empty.getParent().layout(true, true);
	}

	private void answerSelected() {
		if (((IStructuredSelection) viewer.getSelection()).getFirstElement() instanceof QueueEntry entry) {
			answer(entry);
		}
	}

	private void answer(QueueEntry entry) {
		long now = System.nanoTime();
		if (console == null || now - lastAnsweredAt < 500_000_000L) {
			return;
		}
		lastAnsweredAt = now;
		console.answer(entry.callId());
	}

	/** The waiting times tick every second. */
	private void refreshTimes(Composite root) {
		root.getDisplay().timerExec(1000, new Runnable() {
			@Override
			public void run() {
				if (!root.isDisposed()) {
					// only the time cells: refreshing whole rows while the operator double-clicks one
					// can make GTK lose the double-click
					for (TableItem item : viewer.getTable().getItems()) {
						if (item.getData() instanceof QueueEntry e) {
							String time = Texts.duration(Duration.between(e.since(), Instant.now()));
							if (!time.equals(item.getText(5))) {
								item.setText(5, time);
							}
						}
					}
					root.getDisplay().timerExec(1000, this);
				}
			}
		});
	}
}
