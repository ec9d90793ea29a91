package com.switchdesk.ui.board;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.switchdesk.pbx.model.Extension;
import com.switchdesk.ui.board.BoardTabs.Kind;
import com.switchdesk.ui.board.BoardTabs.Tab;

/**
 * The board's state behind the widgets: every extension by number, the tabs and the selected one,
 * and the search behind type-to-locate. No SWT; display thread only.
 */
final class BoardModel {

	/** Numbers of digits in numeric order (8, 80, 800), then anything else in text order. */
	static final Comparator<String> BY_NUMBER = Comparator.comparing((String n) -> !isDigits(n))
			.thenComparing(n -> isDigits(n) ? n.length() : 0).thenComparing(Comparator.naturalOrder());

	private final Map<String, Extension> byNumber = new HashMap<>();
	private List<String> numbers = List.of();
	private List<Tab> tabs = BoardTabs.allExtensions().tabs();
	private Set<String> grouped = Set.of();
	private Tab current = tabs.get(0);

	/** Replaces every extension (a new snapshot). */
	void load(List<Extension> extensions) {
		byNumber.clear();
		List<String> sorted = new ArrayList<>(extensions.size());
		for (Extension extension : extensions) {
			byNumber.put(extension.number(), extension);
			sorted.add(extension.number());
		}
		sorted.sort(BY_NUMBER);
		numbers = sorted;
	}

	/** Records a changed extension; false when its number is new, and the board needs a reload. */
	boolean update(Extension extension) {
		return byNumber.replace(extension.number(), extension) != null;
	}

	boolean contains(String number) {
		return byNumber.containsKey(number);
	}

	int size() {
		return numbers.size();
	}

	/** Sets the tabs; keeps the selected tab when a tab with its id is still there. */
	void setTabs(List<Tab> newTabs) {
		tabs = newTabs.isEmpty() ? BoardTabs.allExtensions().tabs() : List.copyOf(newTabs);
		Set<String> inGroups = new HashSet<>();
		tabs.stream().filter(t -> t.kind() == Kind.GROUP).forEach(t -> inGroups.addAll(t.numbers()));
		grouped = inGroups;
		String id = current.id();
		current = tabs.stream().filter(t -> t.id().equals(id)).findFirst().orElse(tabs.get(0));
	}

	List<Tab> tabs() {
		return tabs;
	}

	Tab current() {
		return current;
	}

	void select(Tab tab) {
		current = tab;
	}

	/** The extensions of the selected tab, sorted by number. */
	List<Extension> shown() {
		List<Extension> shown = new ArrayList<>();
		for (String number : numbers) {
			if (current.shows(number, grouped)) {
				shown.add(byNumber.get(number));
			}
		}
		return shown;
	}

	/**
	 * The extension the operator means by {@code query}: digits find that number, else the first
	 * number starting with them; other text finds the first user name containing it. The selected
	 * tab is searched first, then every extension.
	 */
	Optional<Extension> locate(String query) {
		String q = query.strip();
		if (q.isEmpty()) {
			return Optional.empty();
		}
		if (isDigits(q) && byNumber.containsKey(q)) {
			return Optional.of(byNumber.get(q));
		}
		Optional<Extension> inTab = firstMatch(q, true);
		return inTab.isPresent() ? inTab : firstMatch(q, false);
	}

	private Optional<Extension> firstMatch(String query, boolean inCurrentTab) {
		String lower = query.toLowerCase(Locale.ROOT);
		boolean digits = isDigits(query);
		for (String number : numbers) {
			if (inCurrentTab && !current.shows(number, grouped)) {
				continue;
			}
			Extension e = byNumber.get(number);
			boolean match = digits ? number.startsWith(query) : e.userName().toLowerCase(Locale.ROOT).contains(lower);
			if (match) {
				return Optional.of(e);
			}
		}
		return Optional.empty();
	}

	/** The selected tab if it shows {@code number}, else the first tab that does. */
	Optional<Tab> tabShowing(String number) {
		if (current.shows(number, grouped)) {
			return Optional.of(current);
		}
		return tabs.stream().filter(t -> t.shows(number, grouped)).findFirst();
	}

	static boolean isDigits(String s) {
		return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
	}
}
