package com.switchdesk.ui.groups;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

import com.switchdesk.store.ExtensionGroupService;
import com.switchdesk.ui.WidgetIds;

/** Asks for a group's name: not empty, at most {@value ExtensionGroupService#MAX_GROUP_NAME_LENGTH} characters. */
final class NameDialog extends InputDialog {

	NameDialog(Shell parent, String title, String initial) {
		super(parent, title, Messages.Groups_nameMessage, initial, text -> {
			String name = text.strip();
			if (name.isEmpty()) {
				return Messages.Groups_nameRequired;
			}
			return name.length() > ExtensionGroupService.MAX_GROUP_NAME_LENGTH
					? NLS.bind(Messages.Groups_nameTooLong, ExtensionGroupService.MAX_GROUP_NAME_LENGTH)
					: null;
		});
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		WidgetIds.tag(shell, "groups.nameDialog");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Control area = super.createDialogArea(parent);
		WidgetIds.tag(getText(), "groups.name");
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		WidgetIds.tag(getButton(IDialogConstants.OK_ID), "groups.nameOk");
	}

	String name() {
		return getValue().strip();
	}
}
