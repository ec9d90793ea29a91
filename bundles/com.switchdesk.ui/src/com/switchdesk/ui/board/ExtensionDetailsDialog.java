package com.switchdesk.ui.board;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import com.switchdesk.pbx.model.Extension;
import com.switchdesk.pbx.model.ExtensionKind;
import com.switchdesk.ui.WidgetIds;

/** The user details of one extension (seed 3.4.2 (3)): number, user name, kind, state, office. */
final class ExtensionDetailsDialog extends Dialog {

	private final Extension extension;

	ExtensionDetailsDialog(Shell parent, Extension extension) {
		super(parent);
		this.extension = extension;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(NLS.bind(Messages.Details_title, extension.number()));
		WidgetIds.tag(shell, "board.details");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(16, 12).spacing(12, 6).applyTo(area);
		row(area, Messages.Details_number, extension.number()).setFont(JFaceResources.getHeaderFont());
		row(area, Messages.Details_name, extension.hasUserName() ? extension.userName() : Messages.Details_noName);
		row(area, Messages.Details_kind,
				extension.kind() == ExtensionKind.OPERATOR ? Messages.Details_operator : Messages.Details_extension);
		row(area, Messages.Details_state, Lamp.word(extension.state()));
		row(area, Messages.Details_office, extension.office() ? Messages.Details_yes : Messages.Details_no);
		return area;
	}

	private static Label row(Composite area, String label, String value) {
		new Label(area, SWT.NONE).setText(label);
		Label v = new Label(area, SWT.NONE);
		v.setText(value);
		GridDataFactory.fillDefaults().grab(true, false).hint(220, SWT.DEFAULT).applyTo(v);
		return v;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		WidgetIds.tag(createButton(parent, IDialogConstants.OK_ID, Messages.Details_close, true), "board.details.close");
	}
}
