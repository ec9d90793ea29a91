package com.switchdesk.ui.board;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import com.switchdesk.ui.WidgetIds;

/**
 * Edits an extension's user name (seed 3.4.2 (3): double-click the name). Leaving it empty
 * removes the name.
 */
final class RenameDialog extends InputDialog {

	/** Longest name accepted; the PBX stores short display names. */
	static final int MAX_LENGTH = 32;

	RenameDialog(Shell parent, String number, String currentName) {
		super(parent, Messages.Rename_title, NLS.bind(Messages.Rename_message, number), currentName,
				text -> text.strip().length() > MAX_LENGTH ? NLS.bind(Messages.Rename_tooLong, MAX_LENGTH) : null);
	}

	@Override
	public void create() {
		super.create();
		WidgetIds.tag(getShell(), "board.rename");
		WidgetIds.tag(getText(), "board.rename.name");
		WidgetIds.tag(getButton(IDialogConstants.OK_ID), "board.rename.ok");
		WidgetIds.tag(getButton(IDialogConstants.CANCEL_ID), "board.rename.cancel");
	}

	/** The new name, trimmed; call after {@code open()} returned OK. */
	String name() {
		return getValue().strip();
	}
}
