package com.switchdesk.ui.board;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The tabs above the board (seed 3.4.2 (2)): <i>Frequent numbers</i>, one tab per extension group,
 * and <i>Ungrouped</i>. The store provides the real tabs once groups are kept there (register an
 * implementation in the e4 context or as an OSGi service); until then {@link #allExtensions()}
 * gives one tab with every extension.
 * <p>
 * Threading: {@link #tabs()} is called on the display thread and must answer at once from memory.
 * Change listeners may be called on any thread; the board hands the change to its display thread.
 */
public interface BoardTabs {

	/** The tabs in the order shown; never empty. */
	List<Tab> tabs();

	/** Asks to be told when the tabs or their members change (a group edited). */
	default void addChangeListener(Runnable listener) {
	}

	default void removeChangeListener(Runnable listener) {
	}

	/** One tab with every extension, when no groups are known. */
	static BoardTabs allExtensions() {
		List<Tab> all = List.of(Tab.all("all", Messages.Tabs_all));
		return () -> all;
	}

	/** How a tab picks its extensions. */
	enum Kind {
		/** Every extension. */
		ALL,
		/** The listed numbers (the operator's frequent numbers). */
		FREQUENT,
		/** The listed numbers, members of one extension group. */
		GROUP,
		/** Every extension that is in no {@link #GROUP} tab. */
		UNGROUPED
	}

	/**
	 * A tab.
	 *
	 * @param id      stable id, also the widget id suffix ({@code board.tab.<id>})
	 * @param name    the caption
	 * @param kind    how its extensions are chosen
	 * @param numbers the members for {@link Kind#FREQUENT} and {@link Kind#GROUP}; empty otherwise
	 */
	record Tab(String id, String name, Kind kind, Set<String> numbers) {

		public Tab {
			Objects.requireNonNull(id);
			Objects.requireNonNull(name);
			Objects.requireNonNull(kind);
			numbers = Set.copyOf(numbers);
		}

		public static Tab all(String id, String name) {
			return new Tab(id, name, Kind.ALL, Set.of());
		}

		public static Tab ungrouped(String id, String name) {
			return new Tab(id, name, Kind.UNGROUPED, Set.of());
		}

		public static Tab group(String id, String name, Set<String> members) {
			return new Tab(id, name, Kind.GROUP, members);
		}

		public static Tab frequent(String id, String name, Set<String> numbers) {
			return new Tab(id, name, Kind.FREQUENT, numbers);
		}

		/** Whether this tab shows {@code number}, given the numbers that belong to some group. */
		public boolean shows(String number, Set<String> grouped) {
			return switch (kind) {
			case ALL -> true;
			case FREQUENT, GROUP -> numbers.contains(number);
			case UNGROUPED -> !grouped.contains(number);
			};
		}
	}
}
