package com.switchdesk.ui.board;

import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.e4.ui.di.UISynchronize;

import com.switchdesk.callcontrol.ExtensionBoard;

/**
 * Hands board changes from the call-control thread to the display thread, coalesced: changed
 * numbers collect in a concurrent set and at most one {@code asyncExec} is pending at any time, so
 * 500 events a second never become 500 queued runnables. The flush passes each number once, however
 * often it changed in between (the board is read then, so the tile shows the latest state).
 * <p>
 * Ordering: the pending flag is cleared before the set is drained, so a change that arrives during a
 * flush either is drained by it or schedules the next one; no change is lost.
 */
public final class BoardChangeRelay implements ExtensionBoard.Listener {

	/** Receives the coalesced changes on the display thread. */
	public interface Target {
		/** The whole board was replaced; reload everything. */
		void boardReset();

		/** These extensions changed since the last flush. */
		void extensionsChanged(Set<String> numbers);
	}

	private final UISynchronize ui;
	private final Target target;
	private final Set<String> changed = ConcurrentHashMap.newKeySet();
	private final AtomicBoolean resetPending = new AtomicBoolean();
	private final AtomicBoolean flushPending = new AtomicBoolean();
	private volatile boolean closed;

	public BoardChangeRelay(UISynchronize ui, Target target) {
		this.ui = ui;
		this.target = target;
	}

	@Override
	public void reset() {
		resetPending.set(true);
		schedule();
	}

	@Override
	public void changed(Set<String> numbers) {
		changed.addAll(numbers);
		schedule();
	}

	/** Stops delivering (the view is gone); a flush already queued does nothing. */
	public void close() {
		closed = true;
	}

	private void schedule() {
		if (!closed && flushPending.compareAndSet(false, true)) {
			ui.asyncExec(this::flush);
		}
	}

	private void flush() {
		flushPending.set(false);
		if (closed) {
			return;
		}
		boolean reset = resetPending.getAndSet(false);
		Set<String> numbers = new HashSet<>();
		for (Iterator<String> it = changed.iterator(); it.hasNext();) {
			numbers.add(it.next());
			it.remove();
		}
		if (reset) {
			target.boardReset(); // reads the whole board, which includes every drained change
		} else if (!numbers.isEmpty()) {
			target.extensionsChanged(numbers);
		}
	}
}
