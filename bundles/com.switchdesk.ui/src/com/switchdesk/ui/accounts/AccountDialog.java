package com.switchdesk.ui.accounts;

import java.util.Arrays;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import com.switchdesk.model.OperatorAccount;
import com.switchdesk.model.Role;
import com.switchdesk.store.AccountService;
import com.switchdesk.store.OperatorSession;
import com.switchdesk.ui.WidgetIds;
import com.switchdesk.ui.directory.Background;
import com.switchdesk.ui.directory.Failures;

/**
 * A new account (login, display name, role, first password, which must be changed at the first login), or the
 * display name, role and enabled state of an existing one. Saved in the background; the store's refusals (a
 * taken login, a short password, the last administrator) are shown in the dialog.
 */
final class AccountDialog extends TitleAreaDialog {

	private final OperatorAccount account;
	private final AccountService service;
	private final OperatorSession session;
	private final Background background;
	private Text login;
	private Text displayName;
	private Combo role;
	private Button enabled;
	private Text password;
	private Text confirm;
	private String savedLogin;

	/** @param account the account to edit, null for a new one */
	AccountDialog(Shell parent, OperatorAccount account, AccountService service, OperatorSession session,
			Background background) {
		super(parent);
		this.account = account;
		this.service = service;
		this.session = session;
		this.background = background;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(account == null ? Messages.Account_newTitle : Messages.Account_editTitle);
		WidgetIds.tag(shell, "account.dialog");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(account == null ? Messages.Account_newTitle : NLS.bind(Messages.Account_editHeading, account.getLogin()));
		setMessage(account == null ? NLS.bind(Messages.Account_newMessage, AccountService.MIN_PASSWORD_LENGTH)
				: Messages.Account_editMessage);
		Composite area = (Composite) super.createDialogArea(parent);
		Composite form = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 8).applyTo(form);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
		if (account == null) {
			login = text(form, Messages.Account_login, "account.login", SWT.BORDER);
		}
		displayName = text(form, Messages.Account_displayName, "account.displayName", SWT.BORDER);
		new Label(form, SWT.NONE).setText(Messages.Account_role);
		role = WidgetIds.tag(new Combo(form, SWT.READ_ONLY | SWT.DROP_DOWN), "account.role");
		for (Role r : Role.VALUES) {
			role.add(AccountTexts.role(r));
		}
		role.select(account == null ? Role.OPERATOR.getValue() : account.getRole().getValue());
		if (account == null) {
			password = text(form, Messages.Account_password, "account.password", SWT.BORDER | SWT.PASSWORD);
			confirm = text(form, Messages.Account_confirm, "account.confirm", SWT.BORDER | SWT.PASSWORD);
		} else {
			displayName.setText(account.getDisplayName() == null ? "" : account.getDisplayName());
			new Label(form, SWT.NONE);
			enabled = WidgetIds.tag(new Button(form, SWT.CHECK), "account.enabled");
			enabled.setText(Messages.Account_enabled);
			enabled.setSelection(account.isEnabled());
		}
		return area;
	}

	/** The title area would be as wide as its message on one line; two lines read better than a wide dialog. */
	@Override
	protected Point getInitialSize() {
		Point wanted = super.getInitialSize();
		return new Point(Math.min(wanted.x, 760), wanted.y + (wanted.x > 760 ? 20 : 0));
	}

	private static Text text(Composite form, String caption, String id, int style) {
		new Label(form, SWT.NONE).setText(caption);
		Text t = WidgetIds.tag(new Text(form, style), id);
		GridDataFactory.fillDefaults().grab(true, false).hint(240, SWT.DEFAULT).applyTo(t);
		return t;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		WidgetIds.tag(createButton(parent, IDialogConstants.OK_ID, Messages.Account_save, true), "account.ok");
		WidgetIds.tag(createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false),
				"account.cancel");
	}

	@Override
	protected void okPressed() {
		String name = displayName.getText().strip();
		Role chosen = Role.get(role.getSelectionIndex());
		setErrorMessage(null);
		if (account == null) {
			char[] first = password.getTextChars();
			char[] again = confirm.getTextChars();
			boolean same = Arrays.equals(first, again);
			Arrays.fill(again, '\0');
			if (!same) {
				Arrays.fill(first, '\0');
				setErrorMessage(Messages.Account_mismatch);
				return;
			}
			String newLogin = login.getText().strip();
			save(() -> service.createAccount(session, newLogin, name, chosen, first).getLogin());
		} else {
			boolean on = enabled.getSelection();
			save(() -> service.updateAccount(session, account.getLogin(), name, chosen, on).getLogin());
		}
	}

	private void save(java.util.concurrent.Callable<String> work) {
		getButton(IDialogConstants.OK_ID).setEnabled(false);
		background.run(work, stored -> {
			savedLogin = stored;
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

	String login() {
		return savedLogin;
	}
}
