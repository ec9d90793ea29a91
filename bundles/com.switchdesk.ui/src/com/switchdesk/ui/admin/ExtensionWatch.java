package com.switchdesk.ui.admin;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.switchdesk.callcontrol.ExtensionBoard;
import com.switchdesk.pbx.model.Extension;

/**
 * Listens to the busy-lamp board for what the services list shows: a user name or office flag that
 * changed, or a whole new board. Lamps change all the time and are ignored. Called on the
 * call-control thread; {@code changed} must hand over quickly (a {@link Coalescer}).
 */
final class ExtensionWatch implements ExtensionBoard.Listener {

	private final Optional<ExtensionBoard> board;
	private final Map<String, Extension> shown;
	private final Runnable changed;

	/**
	 * @param shown   the extensions as the list shows them now (a concurrent map, by number)
	 * @param changed told when the list should be reloaded; any thread
	 */
	ExtensionWatch(Optional<ExtensionBoard> board, Map<String, Extension> shown, Runnable changed) {
		this.board = board;
		this.shown = shown;
		this.changed = changed;
	}

	@Override
	public void reset() {
		changed.run();
	}

	@Override
	public void changed(Set<String> numbers) {
		for (String n : numbers) {
			Extension before = shown.get(n);
			Optional<Extension> now = board.flatMap(b -> b.extension(n));
			if (before == null || now.isEmpty() || before.office() != now.get().office()
					|| !before.userName().equals(now.get().userName())) {
				changed.run();
				return;
			}
		}
	}
}
