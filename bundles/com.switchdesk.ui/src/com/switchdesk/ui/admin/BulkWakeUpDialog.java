package com.switchdesk.ui.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import com.switchdesk.pbx.model.WakeUpOrder;
import com.switchdesk.ui.WidgetIds;

/**
 * Bulk edit (F35): many rooms at once, e.g. a tour group's floor. Tick what to set (time 1, time 2,
 * cycle, on/off); the rest keeps each room's own order. Rooms without an order get one when time 1
 * is set. Save sends one order per room and reports the rooms the PBX refused.
 */
final class BulkWakeUpDialog extends Dialog {

	private final WakeUpPresenter presenter;
	private final UISynchronize ui;
	private final List<String> initialRooms;
	private Text rooms;
	private WakeUpFields fields;
	private Label message;
	private boolean saving;

	BulkWakeUpDialog(Shell parent, WakeUpPresenter presenter, UISynchronize ui, List<String> initialRooms) {
		super(parent);
		this.presenter = presenter;
		this.ui = ui;
		this.initialRooms = initialRooms;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Bulk_title);
		WidgetIds.tag(shell, "wakeup.bulk");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(2).spacing(12, 8).applyTo(area);
		message = WidgetIds.tag(new Label(area, SWT.WRAP), "wakeup.bulk.message");
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(460, SWT.DEFAULT).applyTo(message);
		new Label(area, SWT.NONE).setText(Messages.Bulk_rooms);
		rooms = WidgetIds.tag(new Text(area, SWT.BORDER | SWT.SINGLE), "wakeup.bulk.rooms");
		rooms.setMessage(Messages.Bulk_roomsHint);
		rooms.setText(RoomList.format(initialRooms));
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(rooms);
		rooms.addListener(SWT.Modify, e -> validate());
		fields = new WakeUpFields(area, "wakeup.bulk", true, this::validate);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		WidgetIds.tag(createButton(parent, IDialogConstants.OK_ID, Messages.Order_save, true), "wakeup.bulk.ok");
		WidgetIds.tag(createButton(parent, IDialogConstants.CANCEL_ID, Messages.Order_cancel, false),
				"wakeup.bulk.cancel");
		validate();
	}

	/** The orders to send, or the message that says what to fix. */
	private Object check() {
		RoomList list = RoomList.parse(rooms.getText(), presenter::exists, presenter.extensions());
		if (list.problem() != null) {
			return list.problem();
		}
		if (!fields.anyTicked()) {
			return Messages.Bulk_tickSomething;
		}
		String problem = fields.problem();
		if (problem != null) {
			return problem;
		}
		List<WakeUpOrder> orders = new ArrayList<>();
		for (String r : list.rooms()) {
			Optional<WakeUpOrder> current = presenter.order(r);
			if (current.isEmpty() && !fields.ticked(WakeUpFields.Field.TIME1)) {
				return NLS.bind(Messages.Bulk_needsTime1, r);
			}
			try {
				orders.add(fields.applyTo(r, current));
			} catch (IllegalArgumentException e) {
				return r + ": " + e.getMessage();
			}
		}
		return orders;
	}

	private void validate() {
		if (message == null || getButton(IDialogConstants.OK_ID) == null) {
			return;
		}
		Object checked = check();
		boolean ok = checked instanceof List<?>;
		message.setText(ok ? NLS.bind(Messages.Bulk_ready, ((List<?>) checked).size()) : (String) checked);
		message.setForeground(ok || !fields.anyTicked() ? null
				: message.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		message.getParent().layout(true);
		getButton(IDialogConstants.OK_ID).setEnabled(ok && !saving);
	}

	@Override
	@SuppressWarnings("unchecked")
	protected void okPressed() {
		if (!(check() instanceof List<?> checked)) {
			return;
		}
		saving = true;
		getButton(IDialogConstants.OK_ID).setEnabled(false);
		message.setText(NLS.bind(Messages.Bulk_saving, checked.size()));
		presenter.saveAll((List<WakeUpOrder>) checked).whenComplete((errors, e) -> ui.asyncExec(() -> {
			saving = false;
			if (getShell() == null || getShell().isDisposed()) {
				return;
			}
			if (e == null && errors.isEmpty()) {
				close();
				return;
			}
			String why = e != null ? AdminTexts.refusal(e) : String.join("; ", errors);
			message.setText(NLS.bind(Messages.Bulk_refused, why));
			message.setForeground(message.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
			message.getParent().layout(true);
			getButton(IDialogConstants.OK_ID).setEnabled(true);
		}));
	}
}
