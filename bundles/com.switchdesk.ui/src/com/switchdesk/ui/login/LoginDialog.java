package com.switchdesk.ui.login;

import java.util.Arrays;
import java.util.Optional;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import com.switchdesk.model.LoginResult;
import com.switchdesk.store.LoginAttempt;
import com.switchdesk.ui.WidgetIds;

/**
 * The login dialog (F01, seed 1.3.1): operator extension, account, password. The check runs off the
 * display thread (a password hash takes a fraction of a second on purpose); a refusal is shown in
 * the dialog and the password field is cleared for the next try.
 */
final class LoginDialog extends Dialog {

	/** What the dialog asks of the one who opened it: check a login, off the display thread. */
	interface Checker {
		LoginAttempt check(String extension, String account, char[] password);
	}

	private final String productName;
	private final String extension;
	private final String account;
	private final String warning;
	private final Checker checker;
	private final boolean exitLabel;
	private Text extensionField;
	private Text accountField;
	private Text passwordField;
	private Label message;
	private LoginAttempt result;

	LoginDialog(Shell parent, String productName, String extension, String account, String warning, boolean exitLabel,
			Checker checker) {
		super(parent);
		this.productName = productName;
		this.extension = extension;
		this.account = account;
		this.warning = warning;
		this.exitLabel = exitLabel;
		this.checker = checker;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(NLS.bind(Messages.Login_title, productName));
		WidgetIds.tag(shell, "login.dialog");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(16, 14).spacing(10, 8).applyTo(area);
		brand(area);
		Label heading = new Label(area, SWT.NONE);
		heading.setText(Messages.Login_heading);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(heading);
		extensionField = field(area, Messages.Login_extension, "login.extension", SWT.BORDER);
		extensionField.setToolTipText(Messages.Login_extensionTip);
		extensionField.setText(extension);
		accountField = field(area, Messages.Login_account, "login.account", SWT.BORDER);
		accountField.setText(account);
		passwordField = field(area, Messages.Login_password, "login.password", SWT.BORDER | SWT.PASSWORD);
		message = WidgetIds.tag(new Label(area, SWT.WRAP), "login.message");
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(360, SWT.DEFAULT).applyTo(message);
		show(warning, true);
		(extension.isEmpty() ? extensionField : account.isEmpty() ? accountField : passwordField).setFocus();
		return area;
	}

	private static Text field(Composite area, String label, String id, int style) {
		new Label(area, SWT.NONE).setText(label);
		Text text = WidgetIds.tag(new Text(area, style), id);
		GridDataFactory.fillDefaults().grab(true, false).hint(220, SWT.DEFAULT).applyTo(text);
		return text;
	}

	/**
	 * The customer's logo and product name: the login is the first window, and on a desktop without a title
	 * bar (a kiosk, a remote session) nothing else would say which program asks for a password.
	 */
	private void brand(Composite area) {
		Composite brand = new Composite(area, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(10, 0).applyTo(brand);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(brand);
		Arrays.stream(Window.getDefaultImages()).filter(i -> i.getBounds().width <= 48)
				.max((a, b) -> Integer.compare(a.getBounds().width, b.getBounds().width)).ifPresent(logo -> {
					Label picture = new Label(brand, SWT.NONE);
					picture.setImage(logo);
				});
		Label name = WidgetIds.tag(new Label(brand, SWT.NONE), "login.product");
		name.setText(productName);
		name.setFont(JFaceResources.getBannerFont());
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.BEGINNING, SWT.CENTER).applyTo(name);
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		WidgetIds.tag(createButton(parent, IDialogConstants.OK_ID, Messages.Login_login, true), "login.ok");
		WidgetIds.tag(createButton(parent, IDialogConstants.CANCEL_ID,
				exitLabel ? Messages.Login_exit : Messages.Login_cancel, false), "login.exit");
	}

	@Override
	protected void okPressed() {
		String ext = extensionField.getText().strip();
		String acc = accountField.getText().strip();
		char[] password = passwordField.getTextChars();
		if (ext.isEmpty() || acc.isEmpty() || password.length == 0) {
			show(Messages.Login_missing, true);
			return;
		}
		setBusy(true);
		show(Messages.Login_working, false);
		Shell shell = getShell();
		Thread check = new Thread(() -> {
			LoginAttempt attempt = checkSafely(ext, acc, password);
			if (!shell.isDisposed()) {
				shell.getDisplay().asyncExec(() -> finished(attempt));
			}
		}, "login-check");
		check.setDaemon(true);
		check.start();
	}

	private LoginAttempt checkSafely(String ext, String acc, char[] password) {
		try {
			return checker.check(ext, acc, password);
		} catch (RuntimeException e) {
			return new LoginAttempt(LoginResult.UNKNOWN_ACCOUNT, Optional.empty(),
					NLS.bind(Messages.Login_failed, e.getMessage()));
		} finally {
			Arrays.fill(password, '\0');
		}
	}

	private void finished(LoginAttempt attempt) {
		if (getShell() == null || getShell().isDisposed()) {
			return;
		}
		setBusy(false);
		if (attempt.succeeded()) {
			result = attempt;
			super.okPressed();
		} else {
			show(attempt.message(), true);
			passwordField.setText("");
			passwordField.setFocus();
		}
	}

	private void setBusy(boolean busy) {
		getButton(IDialogConstants.OK_ID).setEnabled(!busy);
		for (Text t : new Text[] { extensionField, accountField, passwordField }) {
			t.setEnabled(!busy);
		}
	}

	/** @param problem a refused login or a PBX that does not answer, in red; else news such as "Checking…" */
	private void show(String text, boolean problem) {
		message.setForeground(problem ? message.getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null);
		message.setText(text);
		message.getParent().layout(true, true);
	}

	/** The successful attempt, after OK. */
	LoginAttempt result() {
		return result;
	}


}
