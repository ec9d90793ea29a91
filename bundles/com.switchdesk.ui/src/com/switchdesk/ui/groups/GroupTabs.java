package com.switchdesk.ui.groups;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.switchdesk.callcontrol.ExtensionBoard;
import com.switchdesk.model.ExtensionGroup;
import com.switchdesk.store.CallLogService;
import com.switchdesk.store.ExtensionGroupService;
import com.switchdesk.store.OperatorSession;
import com.switchdesk.ui.board.BoardTabs;

/**
 * The board's tabs from the store (seed 3.4.2 (2), F15, F17): <i>Frequent numbers</i> (the extensions the
 * operators called or were called by most, from the call log; shown when there are any), one tab per extension
 * group in the store's order, and <i>Ungrouped</i>. Without a session (nobody logged in) there is one tab with
 * every extension.
 * <p>
 * {@link #tabs()} answers from memory on any thread. {@link #reload()} reads the store on a thread of its own
 * and tells the listeners (the board) when the tabs changed; call it after editing groups.
 */
public final class GroupTabs implements BoardTabs {

	private static final Logger LOG = Logger.getLogger(GroupTabs.class.getName());
	static final int FREQUENT_COUNT = 24;
	private static final int FREQUENT_CALLS = 500;

	private final Supplier<ExtensionGroupService> groups;
	private final Supplier<CallLogService> calls;
	private final Supplier<ExtensionBoard> board;
	private final Supplier<OperatorSession> session;
	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
	private final ExecutorService loader = Executors.newSingleThreadExecutor(r -> {
		Thread t = new Thread(r, "switchdesk-board-tabs");
		t.setDaemon(true);
		return t;
	});
	private volatile List<Tab> tabs = BoardTabs.allExtensions().tabs();

	public GroupTabs(Supplier<ExtensionGroupService> groups, Supplier<CallLogService> calls,
			Supplier<ExtensionBoard> board, Supplier<OperatorSession> session) {
		this.groups = groups;
		this.calls = calls;
		this.board = board;
		this.session = session;
	}

	@Override
	public List<Tab> tabs() {
		return tabs;
	}

	@Override
	public void addChangeListener(Runnable listener) {
		listeners.add(listener);
	}

	@Override
	public void removeChangeListener(Runnable listener) {
		listeners.remove(listener);
	}

	/** Reads groups and frequent numbers again, in the background; returns at once. */
	public void reload() {
		loader.execute(this::load);
	}

	void close() {
		loader.shutdown();
	}

	private void load() {
		OperatorSession who = session.get();
		ExtensionGroupService store = groups.get();
		List<Tab> fresh;
		if (who == null || store == null) {
			fresh = BoardTabs.allExtensions().tabs();
		} else {
			try {
				fresh = build(store.groups(who), frequent(who));
			} catch (RuntimeException e) {
				LOG.log(Level.WARNING, "The board's tabs could not be read; the old ones stay", e);
				return;
			}
		}
		if (!fresh.equals(tabs)) {
			tabs = fresh;
			listeners.forEach(Runnable::run);
		}
	}

	/** The most frequent other parties of the newest calls that are extensions of the board. */
	private Set<String> frequent(OperatorSession who) {
		CallLogService log = calls.get();
		ExtensionBoard extensions = board.get();
		if (log == null || extensions == null) {
			return Set.of();
		}
		Map<String, Integer> counts = new HashMap<>();
		for (CallLogService.Entry e : log.search(who, CallLogService.Query.latest(FREQUENT_CALLS))) {
			String n = e.dialBackNumber();
			if (!n.isBlank() && !n.equals(who.extension()) && extensions.extension(n).isPresent()) {
				counts.merge(n, 1, Integer::sum);
			}
		}
		List<String> best = new ArrayList<>(counts.keySet());
		best.sort(Comparator.comparing((String n) -> -counts.get(n)).thenComparing(Comparator.naturalOrder()));
		return new LinkedHashSet<>(best.subList(0, Math.min(FREQUENT_COUNT, best.size())));
	}

	static List<Tab> build(List<ExtensionGroup> groups, Set<String> frequent) {
		List<Tab> result = new ArrayList<>();
		if (!frequent.isEmpty()) {
			result.add(Tab.frequent("frequent", Messages.Tabs_frequent, frequent));
		}
		for (ExtensionGroup g : groups) {
			result.add(Tab.group("group-" + g.getId(), g.getName(), Set.copyOf(g.getExtensionNumbers())));
		}
		result.add(Tab.ungrouped("ungrouped", Messages.Tabs_ungrouped));
		return List.copyOf(result);
	}
}
