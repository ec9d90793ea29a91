package com.switchdesk.ui.login;

import java.util.Arrays;

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

import com.switchdesk.store.AccountService;
import com.switchdesk.store.OperatorSession;
import com.switchdesk.store.ValidationException;
import com.switchdesk.ui.WidgetIds;

/**
 * Asks for a new password when the account must change it (the first administrator's, or one an
 * administrator reset). The store checks the rules; its reasons are shown in the dialog.
 */
final class ChangePasswordDialog extends Dialog {

	private final AccountService accounts;
	private final char[] oldPassword;
	private OperatorSession session;
	private Text first;
	private Text second;
	private Label message;

	ChangePasswordDialog(Shell parent, AccountService accounts, OperatorSession session, char[] oldPassword) {
		super(parent);
		this.accounts = accounts;
		this.session = session;
		this.oldPassword = oldPassword;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Change_title);
		WidgetIds.tag(shell, "password.dialog");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(16, 14).spacing(10, 8).applyTo(area);
		Label intro = new Label(area, SWT.WRAP);
		intro.setText(NLS.bind(Messages.Change_message, session.login(), AccountService.MIN_PASSWORD_LENGTH));
		GridDataFactory.fillDefaults().span(2, 1).hint(360, SWT.DEFAULT).applyTo(intro);
		new Label(area, SWT.NONE).setText(Messages.Change_new);
		first = WidgetIds.tag(new Text(area, SWT.BORDER | SWT.PASSWORD), "password.new");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(first);
		new Label(area, SWT.NONE).setText(Messages.Change_repeat);
		second = WidgetIds.tag(new Text(area, SWT.BORDER | SWT.PASSWORD), "password.repeat");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(second);
		message = WidgetIds.tag(new Label(area, SWT.WRAP), "password.message");
		GridDataFactory.fillDefaults().span(2, 1).hint(360, SWT.DEFAULT).applyTo(message);
		first.setFocus();
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		WidgetIds.tag(createButton(parent, IDialogConstants.OK_ID, Messages.Change_ok, true), "password.ok");
		createButton(parent, IDialogConstants.CANCEL_ID, Messages.Login_cancel, false);
	}

	@Override
	protected void okPressed() {
		char[] a = first.getTextChars();
		char[] b = second.getTextChars();
		try {
			if (!Arrays.equals(a, b)) {
				show(Messages.Change_mismatch);
				return;
			}
			// changePassword zeroes what it is given: pass copies, the old one may be needed again
			session = accounts.changePassword(session, oldPassword.clone(), a.clone());
			super.okPressed();
		} catch (ValidationException e) {
			show(e.getMessage());
		} finally {
			Arrays.fill(a, '\0');
			Arrays.fill(b, '\0');
		}
	}

	private void show(String text) {
		message.setText(text);
		message.getParent().layout(true, true);
	}

	OperatorSession session() {
		return session;
	}
}
