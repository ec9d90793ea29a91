package com.switchdesk.ui.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What an administrator types to narrow a list of extensions: terms separated by spaces or commas,
 * each a part of a number or name ({@code 80}, {@code lobby}) or a range of numbers
 * ({@code 8101-8120}). A line matches when any term matches; no terms match everything.
 */
final class NumberFilter {

	private final List<String> words = new ArrayList<>();
	private final List<long[]> ranges = new ArrayList<>();

	private NumberFilter() {
	}

	static NumberFilter parse(String text) {
		NumberFilter f = new NumberFilter();
		for (String term : text.strip().split("[\\s,;，；、]+")) {
			if (term.isEmpty()) {
				continue;
			}
			if (term.matches("\\d{1,15}-\\d{1,15}")) {
				String[] ends = term.split("-");
				long a = Long.parseLong(ends[0]);
				long b = Long.parseLong(ends[1]);
				f.ranges.add(new long[] { Math.min(a, b), Math.max(a, b) });
			} else {
				f.words.add(term.toLowerCase(Locale.ROOT));
			}
		}
		return f;
	}

	boolean isEmpty() {
		return words.isEmpty() && ranges.isEmpty();
	}

	/** Whether an extension with this number and user name ("" when none) matches. */
	boolean matches(String number, String name) {
		if (isEmpty()) {
			return true;
		}
		if (number.matches("\\d{1,15}")) {
			long n = Long.parseLong(number);
			for (long[] r : ranges) {
				if (n >= r[0] && n <= r[1]) {
					return true;
				}
			}
		}
		String lowerName = name.toLowerCase(Locale.ROOT);
		return words.stream().anyMatch(w -> number.contains(w) || lowerName.contains(w));
	}
}
