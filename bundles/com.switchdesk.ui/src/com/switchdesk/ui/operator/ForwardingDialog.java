package com.switchdesk.ui.operator;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import com.switchdesk.pbx.model.Forwarding;
import com.switchdesk.ui.WidgetIds;

/** Operator forwarding case 1 (seed 3.10.1, figure 21): the number, internal or external. */
final class ForwardingDialog extends Dialog {

	private final String initial;
	private final boolean initialExternal;
	private Text number;
	private Button external;
	private Label error;
	private Forwarding result;

	/** Proposes the typed number or the default forwarding number of the settings (seed 3.10.1). */
	ForwardingDialog(Shell parent, String initialNumber, boolean external) {
		super(parent);
		this.initial = initialNumber;
		this.initialExternal = external;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Forward_title);
		WidgetIds.tag(shell, "forwarding.dialog");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().margins(12, 12).applyTo(area);
		new Label(area, SWT.NONE).setText(Messages.Forward_message);
		number = WidgetIds.tag(new Text(area, SWT.BORDER), "forwarding.number");
		number.setText(initial);
		number.addListener(SWT.Verify, e -> e.doit = e.text.chars().allMatch(Character::isDigit));
		GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(number);
		external = WidgetIds.tag(new Button(area, SWT.CHECK), "forwarding.external");
		external.setText(Messages.Forward_external);
		external.setSelection(initialExternal);
		error = new Label(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(error);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		WidgetIds.tag(createButton(parent, IDialogConstants.OK_ID, IDialogConstants.OK_LABEL, true), "forwarding.ok");
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	@Override
	protected void okPressed() {
		String n = number.getText().strip();
		if (n.isEmpty()) {
			error.setText(Messages.Forward_invalid);
			return;
		}
		result = new Forwarding(n, external.getSelection());
		super.okPressed();
	}

	Forwarding result() {
		return result;
	}
}
