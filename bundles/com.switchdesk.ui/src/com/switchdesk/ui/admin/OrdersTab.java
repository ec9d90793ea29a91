package com.switchdesk.ui.admin;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;

import com.switchdesk.pbx.model.WakeUpOrder;
import com.switchdesk.ui.WidgetIds;

/**
 * The wake-up orders (叫醒业务查询, F35): room, name, time 1, time 2, cycle, days, on/off. New, edit
 * (or double-click), bulk edit of the selected rooms, on, off and delete; every change goes to the
 * PBX at once and the list shows what the PBX then has.
 */
final class OrdersTab {

	private final WakeUpPresenter presenter;
	private final UISynchronize ui;
	private final TableViewer viewer;
	private final Label status;
	private final Button edit;
	private final Button bulk;
	private final Button on;
	private final Button off;
	private final Button delete;

	OrdersTab(Composite parent, WakeUpPresenter presenter, UISynchronize ui) {
		this.presenter = presenter;
		this.ui = ui;
		Composite box = WidgetIds.tag(new Composite(parent, SWT.NONE), "wakeup.orders");
		GridLayoutFactory.swtDefaults().margins(6, 6).applyTo(box);
		Composite buttons = new Composite(box, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(6).applyTo(buttons);
		button(buttons, "wakeup.new", Messages.Orders_new, Messages.Orders_newTip, this::create);
		edit = button(buttons, "wakeup.edit", Messages.Orders_edit, Messages.Orders_editTip, this::editSelected);
		bulk = button(buttons, "wakeup.bulkEdit", Messages.Orders_bulk, Messages.Orders_bulkTip, this::bulkEdit);
		on = button(buttons, "wakeup.turnOn", Messages.Orders_on, Messages.Orders_onTip, () -> turn(true));
		off = button(buttons, "wakeup.turnOff", Messages.Orders_off, Messages.Orders_offTip, () -> turn(false));
		delete = button(buttons, "wakeup.delete", Messages.Orders_delete, Messages.Orders_deleteTip, this::delete);

		viewer = new TableViewer(box, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
		Table table = WidgetIds.tag(viewer.getTable(), "wakeup.orders.table");
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
		column(Messages.Orders_room, 80, WakeUpOrder::extension);
		column(Messages.Orders_name, 160, o -> presenter.name(o.extension()));
		column(Messages.Order_time1, 80, o -> WakeUpTexts.time(o.time1()));
		column(Messages.Order_time2, 80, WakeUpTexts::time2);
		column(Messages.Order_cycle, 120, o -> WakeUpTexts.cycle(o.cycle()));
		column(Messages.Order_days, 200, WakeUpTexts::days);
		column(Messages.Orders_onOff, 70, o -> WakeUpTexts.onOff(o.enabled()));
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.addSelectionChangedListener(e -> enable());
		table.addListener(SWT.DefaultSelection, e -> editSelected());

		status = WidgetIds.tag(new Label(box, SWT.WRAP), "wakeup.orders.status");
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(status);
		enable();
	}

	Composite control() {
		return viewer.getTable().getParent();
	}

	private static Button button(Composite parent, String id, String text, String tip, Runnable action) {
		Button b = WidgetIds.tag(new Button(parent, SWT.PUSH), id);
		b.setText(text);
		b.setToolTipText(tip);
		b.addListener(SWT.Selection, e -> action.run());
		return b;
	}

	private void column(String heading, int width, Function<WakeUpOrder, String> text) {
		TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
		c.getColumn().setText(heading);
		c.getColumn().setWidth(width);
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((WakeUpOrder) element);
			}

			@Override
			public Color getForeground(Object element) {
				return ((WakeUpOrder) element).enabled() ? null
						: viewer.getTable().getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY);
			}
		});
	}

	void show(List<WakeUpOrder> orders) {
		List<String> keep = selected().stream().map(WakeUpOrder::extension).toList();
		viewer.setInput(orders);
		viewer.setSelection(new StructuredSelection(orders.stream().filter(o -> keep.contains(o.extension())).toList()));
		enable();
	}

	@SuppressWarnings("unchecked")
	private List<WakeUpOrder> selected() {
		return ((IStructuredSelection) viewer.getSelection()).toList();
	}

	private void enable() {
		int n = selected().size();
		edit.setEnabled(n == 1);
		bulk.setEnabled(true);
		on.setEnabled(n > 0);
		off.setEnabled(n > 0);
		delete.setEnabled(n > 0);
	}

	void message(String text, boolean error) {
		status.setText(text);
		status.setForeground(error ? status.getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null);
		status.getParent().layout(true);
	}

	private void create() {
		new WakeUpOrderDialog(viewer.getTable().getShell(), presenter, ui, Optional.empty()).open();
	}

	private void editSelected() {
		List<WakeUpOrder> s = selected();
		if (s.size() == 1) {
			new WakeUpOrderDialog(viewer.getTable().getShell(), presenter, ui, Optional.of(s.get(0))).open();
		}
	}

	private void bulkEdit() {
		List<String> rooms = selected().stream().map(WakeUpOrder::extension).toList();
		new BulkWakeUpDialog(viewer.getTable().getShell(), presenter, ui, rooms).open();
	}

	private void turn(boolean enabled) {
		List<WakeUpOrder> changed = selected().stream().map(o -> o.withEnabled(enabled)).toList();
		report(presenter.saveAll(changed), changed.size(), enabled ? Messages.Orders_turnedOn : Messages.Orders_turnedOff);
	}

	private void delete() {
		List<String> rooms = selected().stream().map(WakeUpOrder::extension).toList();
		if (rooms.isEmpty()) {
			return;
		}
		ConfirmDialog confirm = new ConfirmDialog(viewer.getTable().getShell(), Messages.Orders_deleteTitle,
				NLS.bind(Messages.Orders_deleteQuestion, RoomList.format(rooms)), Messages.Orders_delete,
				"wakeup.confirmDelete");
		if (confirm.open() == 0) {
			report(presenter.deleteAll(rooms), rooms.size(), Messages.Orders_deleted);
		}
	}

	private void report(java.util.concurrent.CompletionStage<List<String>> sent, int count, String done) {
		sent.whenComplete((errors, e) -> ui.asyncExec(() -> {
			if (status.isDisposed()) {
				return;
			}
			if (e == null && errors.isEmpty()) {
				message(NLS.bind(done, count), false);
			} else {
				message(NLS.bind(Messages.Orders_refused, e != null ? AdminTexts.refusal(e) : String.join("; ", errors)),
						true);
			}
		}));
	}

	/** A question with the action as its button (not "OK"), tagged for tests. */
	private static final class ConfirmDialog extends MessageDialog {
		private final String id;

		ConfirmDialog(org.eclipse.swt.widgets.Shell parent, String title, String question, String action, String id) {
			super(parent, title, null, question, QUESTION, 0, action, Messages.Order_cancel);
			this.id = id;
		}

		@Override
		protected void configureShell(org.eclipse.swt.widgets.Shell shell) {
			super.configureShell(shell);
			WidgetIds.tag(shell, id);
		}

		@Override
		protected void createButtonsForButtonBar(Composite parent) {
			super.createButtonsForButtonBar(parent);
			WidgetIds.tag(getButton(0), id + ".ok");
			WidgetIds.tag(getButton(1), id + ".cancel");
		}
	}
}
