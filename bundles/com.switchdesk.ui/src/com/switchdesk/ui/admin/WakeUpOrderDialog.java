package com.switchdesk.ui.admin;

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
 * Creates or edits one room's wake-up order (F35). Every change is checked at once and the message
 * says what to fix (unknown room, a time that is not a time, time 2 not after time 1, a custom cycle
 * without days); Save stays disabled until the order is valid. Save sends it to the PBX and closes
 * when the PBX accepts; a refusal is shown here and nothing typed is lost.
 */
final class WakeUpOrderDialog extends Dialog {

	private final WakeUpPresenter presenter;
	private final UISynchronize ui;
	private final Optional<WakeUpOrder> editing;
	private Text room;
	private Label name;
	private WakeUpFields fields;
	private Label message;
	private boolean saving;

	WakeUpOrderDialog(Shell parent, WakeUpPresenter presenter, UISynchronize ui, Optional<WakeUpOrder> editing) {
		super(parent);
		this.presenter = presenter;
		this.ui = ui;
		this.editing = editing;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(editing.isPresent() ? NLS.bind(Messages.Order_editTitle, editing.get().extension())
				: Messages.Order_newTitle);
		WidgetIds.tag(shell, "wakeup.dialog");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(2).spacing(12, 8).applyTo(area);
		message = WidgetIds.tag(new Label(area, SWT.WRAP), "wakeup.dialog.message");
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(440, SWT.DEFAULT).applyTo(message);

		new Label(area, SWT.NONE).setText(Messages.Order_room);
		Composite roomBox = new Composite(area, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(10, 0).applyTo(roomBox);
		room = WidgetIds.tag(new Text(roomBox, SWT.BORDER | SWT.SINGLE), "wakeup.dialog.room");
		room.setTextLimit(16);
		GridDataFactory.fillDefaults().hint(90, SWT.DEFAULT).applyTo(room);
		name = WidgetIds.tag(new Label(roomBox, SWT.NONE), "wakeup.dialog.name");
		GridDataFactory.fillDefaults().grab(true, false).hint(220, SWT.DEFAULT).applyTo(name);
		room.addListener(SWT.Modify, e -> validate());

		fields = new WakeUpFields(area, "wakeup.dialog", false, this::validate);
		editing.ifPresent(o -> {
			room.setText(o.extension());
			room.setEditable(false);
			fields.load(o);
		});
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		WidgetIds.tag(createButton(parent, IDialogConstants.OK_ID, Messages.Order_save, true), "wakeup.dialog.ok");
		WidgetIds.tag(createButton(parent, IDialogConstants.CANCEL_ID, Messages.Order_cancel, false),
				"wakeup.dialog.cancel");
		validate();
		if (editing.isPresent()) {
			fields.focus();
		}
	}

	private String roomNumber() {
		return room.getText().strip();
	}

	/** The order as typed, or the message that says what to fix. */
	private Object check() {
		String r = roomNumber();
		if (r.isEmpty()) {
			return Messages.Order_roomNeeded;
		}
		if (!presenter.exists(r)) {
			return NLS.bind(Messages.Order_roomUnknown, r);
		}
		String problem = fields.problem();
		if (problem != null) {
			return problem;
		}
		try {
			return fields.applyTo(r, Optional.empty());
		} catch (IllegalArgumentException e) {
			return e.getMessage();
		}
	}

	private void validate() {
		if (message == null || getButton(IDialogConstants.OK_ID) == null) {
			return;
		}
		String r = roomNumber();
		name.setText(r.isEmpty() ? "" : presenter.name(r));
		Object checked = check();
		boolean ok = checked instanceof WakeUpOrder;
		if (ok && editing.isEmpty() && presenter.order(r).isPresent()) {
			show(NLS.bind(Messages.Order_replaces, r), false);
		} else {
			show(ok ? Messages.Order_ready : (String) checked, !ok && !roomNumber().isEmpty());
		}
		getButton(IDialogConstants.OK_ID).setEnabled(ok && !saving);
	}

	private void show(String text, boolean error) {
		message.setText(text);
		message.setForeground(error ? message.getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null);
		message.getParent().layout(true);
	}

	@Override
	protected void okPressed() {
		if (!(check() instanceof WakeUpOrder order)) {
			return;
		}
		saving = true;
		getButton(IDialogConstants.OK_ID).setEnabled(false);
		show(Messages.Order_saving, false);
		presenter.save(order).whenComplete((v, e) -> ui.asyncExec(() -> {
			saving = false;
			if (getShell() == null || getShell().isDisposed()) {
				return;
			}
			if (e == null) {
				close();
			} else {
				show(NLS.bind(Messages.Order_refused, AdminTexts.refusal(e)), true);
				getButton(IDialogConstants.OK_ID).setEnabled(true);
			}
		}));
	}
}
