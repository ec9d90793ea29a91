package com.switchdesk.ui.accounts;

import java.util.Arrays;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
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
import com.switchdesk.ui.WidgetIds;
import com.switchdesk.ui.directory.Background;
import com.switchdesk.ui.directory.Failures;

/** Gives an account a new password, which its owner must change at the next login. */
final class PasswordDialog extends TitleAreaDialog {

	private final String login;
	private final AccountService service;
	private final OperatorSession session;
	private final Background background;
	private Text password;
	private Text confirm;

	PasswordDialog(Shell parent, String login, AccountService service, OperatorSession session, Background background) {
		super(parent);
		this.login = login;
		this.service = service;
		this.session = session;
		this.background = background;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Password_title);
		WidgetIds.tag(shell, "accountPassword.dialog");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(NLS.bind(Messages.Password_heading, login));
		setMessage(NLS.bind(Messages.Password_message, AccountService.MIN_PASSWORD_LENGTH));
		Composite area = (Composite) super.createDialogArea(parent);
		Composite form = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 8).applyTo(form);
		new Label(form, SWT.NONE).setText(Messages.Account_password);
		password = WidgetIds.tag(new Text(form, SWT.BORDER | SWT.PASSWORD), "accountPassword.new");
		GridDataFactory.fillDefaults().grab(true, false).hint(240, SWT.DEFAULT).applyTo(password);
		new Label(form, SWT.NONE).setText(Messages.Account_confirm);
		confirm = WidgetIds.tag(new Text(form, SWT.BORDER | SWT.PASSWORD), "accountPassword.confirm");
		GridDataFactory.fillDefaults().grab(true, false).hint(240, SWT.DEFAULT).applyTo(confirm);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		WidgetIds.tag(createButton(parent, IDialogConstants.OK_ID, Messages.Password_set, true), "accountPassword.ok");
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	@Override
	protected void okPressed() {
		char[] first = password.getTextChars();
		char[] again = confirm.getTextChars();
		boolean same = Arrays.equals(first, again);
		Arrays.fill(again, '\0');
		if (!same) {
			Arrays.fill(first, '\0');
			setErrorMessage(Messages.Account_mismatch);
			return;
		}
		setErrorMessage(null);
		getButton(IDialogConstants.OK_ID).setEnabled(false);
		background.run(() -> {
			service.resetPassword(session, login, first);
			return login;
		}, done -> {
			if (getShell() != null && !getShell().isDisposed()) {
				setReturnCode(OK);
				close();
			}
		}, error -> {
			if (getShell() != null && !getShell().isDisposed()) {
				getButton(IDialogConstants.OK_ID).setEnabled(true);
				setErrorMessage(Failures.text(error));
			}
		});
	}
}
