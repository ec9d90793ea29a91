package com.switchdesk.ui.tests.board;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.switchdesk.ui.board.BoardTabs;

/**
 * Tabs as the store will give them: frequent numbers 8003 and 8010, group "Front office" (8000-8009),
 * group "Floor 2" (8010-8019), and ungrouped. Groups added later are announced from another thread.
 */
public final class MutableTabs implements BoardTabs {

	private final List<Tab> tabs = new CopyOnWriteArrayList<>();
	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

	MutableTabs() {
		tabs.add(Tab.frequent("frequent", "Frequent numbers", Set.of("8003", "8010")));
		tabs.add(Tab.group("frontoffice", "Front office", range(8000, 8010)));
		tabs.add(Tab.group("floor2", "Floor 2", range(8010, 8020)));
		tabs.add(Tab.ungrouped("ungrouped", "Ungrouped"));
	}

	private static Set<String> range(int from, int to) {
		return IntStream.range(from, to).mapToObj(String::valueOf).collect(Collectors.toSet());
	}

	@Override
	public List<Tab> tabs() {
		return List.copyOf(tabs);
	}

	/** Adds a group before "Ungrouped", as an administrator would, and tells the board. */
	public void addGroup(String id, String name, Set<String> members) {
		List<Tab> next = new ArrayList<>(tabs);
		next.add(next.size() - 1, Tab.group(id, name, members));
		tabs.clear();
		tabs.addAll(next);
		Thread t = new Thread(() -> listeners.forEach(Runnable::run), "fake-store");
		t.start();
	}

	@Override
	public void addChangeListener(Runnable listener) {
		listeners.add(listener);
	}

	@Override
	public void removeChangeListener(Runnable listener) {
		listeners.remove(listener);
	}
}
