package com.switchdesk.ui.board;

import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Control;

import com.switchdesk.callcontrol.OperatorConsole;
import com.switchdesk.callcontrol.PendingAction;
import com.switchdesk.pbx.model.Extension;

/**
 * Forwards tile commands to the call-control console and the board actions; holds no call logic.
 * <p>
 * The console's stages are not awaited: a refusal reaches the operator as a {@code ConsoleNotice},
 * which the status area shows, so the board need not show it twice. A failed rename is the board's
 * own result and is reported here.
 */
final class BoardCommands implements TileCommands {

	private final Optional<OperatorConsole> console;
	private final Optional<BoardActions> actions;
	private final UISynchronize ui;
	private final Control owner;
	private final Runnable onEscape;
	private final Consumer<Character> onType;

	BoardCommands(Optional<OperatorConsole> console, Optional<BoardActions> actions, UISynchronize ui, Control owner,
			Runnable onEscape, Consumer<Character> onType) {
		this.console = console;
		this.actions = actions;
		this.ui = ui;
		this.owner = owner;
		this.onEscape = onEscape;
		this.onType = onType;
	}

	@Override
	public void click(String number) {
		console.ifPresent(c -> c.tileClicked(number));
	}

	@Override
	public void dial(String number) {
		console.ifPresent(c -> {
			// the menu says Dial, so a key left pending must not turn it into a pickup or barge-in
			if (c.state().pending() != PendingAction.NONE) {
				c.cancelPending();
			}
			c.tileClicked(number);
		});
	}

	@Override
	public void pickup(String number) {
		console.ifPresent(c -> c.pickup(Optional.of(number)));
	}

	@Override
	public void bargeIn(String number) {
		console.ifPresent(c -> c.bargeIn(Optional.of(number)));
	}

	@Override
	public void forceRelease(String number) {
		console.ifPresent(c -> c.forceRelease(Optional.of(number)));
	}

	@Override
	public void rename(String number) {
		if (actions.isEmpty() || owner.isDisposed()) {
			return;
		}
		String current = owner instanceof BoardCanvas canvas
				? canvas.tile(canvas.indexOf(number)).map(Extension::userName).orElse("")
				: "";
		RenameDialog dialog = new RenameDialog(owner.getShell(), number, current);
		if (dialog.open() != Window.OK || dialog.name().equals(current)) {
			return;
		}
		CompletionStage<Void> done = actions.get().rename(number, dialog.name());
		done.whenComplete((ok, error) -> {
			if (error != null) {
				ui.asyncExec(() -> reportRenameFailure(number, error));
			}
		});
	}

	private void reportRenameFailure(String number, Throwable error) {
		if (owner.isDisposed()) {
			return;
		}
		Throwable cause = error.getCause() != null ? error.getCause() : error;
		String reason = cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
		MessageDialog.openError(owner.getShell(), Messages.Rename_failedTitle,
				NLS.bind(Messages.Rename_failed, number, reason));
	}

	@Override
	public void showDetails(String number) {
		actions.ifPresent(a -> a.showDetails(number));
	}

	@Override
	public void showServices(String number) {
		actions.ifPresent(a -> a.showServices(number));
	}

	@Override
	public void escape() {
		onEscape.run();
		console.ifPresent(c -> {
			if (c.state().pending() != PendingAction.NONE) {
				c.cancelPending();
			}
		});
	}

	@Override
	public void typeToLocate(char character) {
		onType.accept(character);
	}

	@Override
	public boolean canCall() {
		return console.isPresent();
	}

	@Override
	public boolean canEdit() {
		return actions.isPresent();
	}
}
