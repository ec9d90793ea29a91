package com.switchdesk.ui.login;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.prefs.BackingStoreException;

import com.switchdesk.callcontrol.ExtensionBoard;
import com.switchdesk.callcontrol.PbxConnection;
import com.switchdesk.pbx.model.Extension;
import com.switchdesk.pbx.model.ExtensionKind;
import com.switchdesk.store.AccountService;
import com.switchdesk.store.LoginAttempt;
import com.switchdesk.store.OperatorPositions;
import com.switchdesk.store.OperatorSession;

/**
 * Logging in (F01): the login dialog, then — when the account must — a new password. The PBX says
 * which extensions are operator positions; while it is not connected the dialog says so and the
 * position is checked when the console opens it.
 */
public final class LoginFlow {

	private static final String NODE = "com.switchdesk.ui.login";

	private final AccountService accounts;
	private final ExtensionBoard board;
	private final PbxConnection connection;
	private final String productName;

	public LoginFlow(AccountService accounts, ExtensionBoard board, PbxConnection connection, String productName) {
		this.accounts = accounts;
		this.board = board;
		this.connection = connection;
		this.productName = productName;
	}

	/**
	 * Shows the dialogs until someone logs in or gives up.
	 *
	 * @param parent    a shell, or null before the main window exists
	 * @param atStartup the cancel button reads "Exit" (the console does not start without a login)
	 * @return the new session, or empty when cancelled
	 */
	public Optional<OperatorSession> run(Shell parent, boolean atStartup) {
		IEclipsePreferences prefs = InstanceScope.INSTANCE.getNode(NODE);
		String lastExtension = prefs.get("extension", System.getProperty("switchdesk.operator", "8000"));
		String lastAccount = prefs.get("account", "");
		char[][] typed = new char[1][];
		LoginDialog login = new LoginDialog(parent, productName, lastExtension, lastAccount, warning(), atStartup,
				(extension, account, password) -> {
					typed[0] = password.clone();
					return accounts.login(extension, account, password, positions());
				});
		if (login.open() != Window.OK) {
			clear(typed[0]);
			return Optional.empty();
		}
		LoginAttempt attempt = login.result();
		OperatorSession session = attempt.session().orElseThrow();
		remember(prefs, session);
		if (session.mustChangePassword()) {
			ChangePasswordDialog change = new ChangePasswordDialog(parent, accounts, session, typed[0]);
			int answer = change.open();
			clear(typed[0]);
			if (answer != Window.OK) {
				accounts.logout(change.session());
				return Optional.empty();
			}
			return Optional.of(change.session());
		}
		clear(typed[0]);
		return Optional.of(session);
	}

	private String warning() {
		if (connection == null || !connection.status().isOnline()) {
			return NLS.bind(Messages.Login_pbxOffline, connection == null ? "-" : connection.status().detail());
		}
		return "";
	}

	/** The PBX's operator positions; with no PBX yet, any extension may be tried (the console checks later). */
	private OperatorPositions positions() {
		if (board == null || board.extensions().isEmpty()) {
			return extension -> OperatorPositions.Position.OPERATOR_POSITION;
		}
		Set<String> all = board.extensions().stream().map(Extension::number).collect(Collectors.toSet());
		Set<String> operators = board.extensions().stream().filter(e -> e.kind() == ExtensionKind.OPERATOR)
				.map(Extension::number).collect(Collectors.toSet());
		return OperatorPositions.of(operators, all);
	}

	private static void remember(IEclipsePreferences prefs, OperatorSession session) {
		prefs.put("extension", session.extension());
		prefs.put("account", session.login());
		try {
			prefs.flush();
		} catch (BackingStoreException e) {
			// only a convenience for the next login
		}
	}

	private static void clear(char[] secret) {
		if (secret != null) {
			Arrays.fill(secret, '\0');
		}
	}

	/** For a shell title when no store is present. */
	public static String noStoreMessage() {
		return Messages.Login_noStore;
	}
}
