package com.switchdesk.ui.login;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import com.switchdesk.callcontrol.ConsoleState;
import com.switchdesk.callcontrol.ExtensionBoard;
import com.switchdesk.callcontrol.OperatorConsole;
import com.switchdesk.callcontrol.PbxConnection;
import com.switchdesk.store.AccountService;
import com.switchdesk.store.OperatorSession;

/**
 * File &gt; Log out (F01): ends the session (written to the login log), closes the operator position
 * and shows the login dialog over the window, so the next operator can take over the console
 * without restarting it. Exiting that dialog closes the console.
 */
public class LogoutHandler {

	@CanExecute
	boolean canExecute(@Optional OperatorSession session) {
		return session != null;
	}

	@Execute
	void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, MApplication application, IWorkbench workbench,
			@Optional AccountService accounts, @Optional OperatorSession session, @Optional OperatorConsole console,
			@Optional ExtensionBoard board, @Optional PbxConnection connection) {
		if (accounts == null || session == null) {
			return;
		}
		if (console != null && busy(console.state()) && !MessageDialog.openQuestion(shell, Messages.Logout_title,
				NLS.bind(Messages.Logout_callsInProgress, session.extension()))) {
			return;
		}
		accounts.logout(session);
		application.getContext().set(OperatorSession.class, null);
		Shell owner = shell.getShell();
		java.util.Optional<OperatorSession> next = new LoginFlow(accounts, board, connection, owner.getText())
				.run(owner, true);
		if (next.isPresent()) {
			application.getContext().set(OperatorSession.class, next.get());
		} else {
			workbench.close();
		}
	}

	private static boolean busy(ConsoleState state) {
		return state.current().isPresent() || state.consultation().isPresent() || !state.queue().isEmpty();
	}
}
