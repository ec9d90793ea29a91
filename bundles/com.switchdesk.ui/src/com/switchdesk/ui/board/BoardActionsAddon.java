package com.switchdesk.ui.board;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.annotation.PostConstruct;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.swt.widgets.Shell;

import com.switchdesk.callcontrol.ExtensionBoard;
import com.switchdesk.callcontrol.PbxConnection;
import com.switchdesk.pbx.PbxRefusedException;
import com.switchdesk.pbx.RefusalReason;
import com.switchdesk.pbx.command.SetExtensionName;
import com.switchdesk.ui.admin.ServicesViewer;

/**
 * Gives the board's tiles their actions beyond call control (an e4 add-on): renaming stores the
 * user name on the PBX, details and services open their dialogs.
 */
public class BoardActionsAddon {

	@PostConstruct
	void start(MApplication application) {
		IEclipseContext context = application.getContext();
		context.set(BoardActions.class, new ConsoleBoardActions(context));
	}

	private static final class ConsoleBoardActions implements BoardActions {

		private final IEclipseContext context;

		ConsoleBoardActions(IEclipseContext context) {
			this.context = context;
		}

		@Override
		public CompletionStage<Void> rename(String number, String userName) {
			PbxConnection connection = context.get(PbxConnection.class);
			if (connection == null) {
				return CompletableFuture.failedFuture(
						new PbxRefusedException(RefusalReason.OFFLINE, "The PBX is not connected"));
			}
			return connection.connector().execute(new SetExtensionName(number, userName.strip()));
		}

		@Override
		public void showDetails(String number) {
			ExtensionBoard board = context.get(ExtensionBoard.class);
			Shell shell = context.get(Shell.class) instanceof Shell s ? s : activeShell();
			if (board != null && shell != null) {
				board.extension(number).ifPresent(e -> new ExtensionDetailsDialog(shell, e).open());
			}
		}

		@Override
		public void showServices(String number) {
			Shell shell = activeShell();
			if (shell != null) {
				ContextInjectionFactory.make(ServicesViewer.class, context).open(shell, number);
			}
		}

		private Shell activeShell() {
			return context.getActiveLeaf().get(Shell.class);
		}
	}
}
