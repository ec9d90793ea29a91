package com.switchdesk.ui.admin;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.osgi.util.NLS;

/**
 * The rooms of a bulk edit as typed: numbers and ranges separated by spaces or commas, e.g.
 * {@code 8101-8120, 8130}. A single number must be an extension; a range takes the extensions in it.
 *
 * @param rooms   the rooms, in the order typed, without repeats
 * @param problem what is wrong with the text, or null
 */
record RoomList(List<String> rooms, String problem) {

	static final int MAX_ROOMS = 1000;

	static RoomList parse(String text, Predicate<String> exists, List<String> allExtensions) {
		Set<String> rooms = new LinkedHashSet<>();
		for (String term : text.strip().split("[\\s,;，；、]+")) {
			if (term.isEmpty()) {
				continue;
			}
			if (term.matches("\\d{1,15}-\\d{1,15}")) {
				String[] ends = term.split("-");
				long a = Math.min(Long.parseLong(ends[0]), Long.parseLong(ends[1]));
				long b = Math.max(Long.parseLong(ends[0]), Long.parseLong(ends[1]));
				List<String> in = new ArrayList<>();
				for (String x : allExtensions) {
					if (x.matches("\\d{1,15}") && Long.parseLong(x) >= a && Long.parseLong(x) <= b) {
						in.add(x);
					}
				}
				if (in.isEmpty()) {
					return failed(NLS.bind(Messages.Bulk_rangeEmpty, term));
				}
				rooms.addAll(in);
			} else if (!term.matches("[0-9]+")) {
				return failed(NLS.bind(Messages.Bulk_notANumber, term));
			} else if (!exists.test(term)) {
				return failed(NLS.bind(Messages.Order_roomUnknown, term));
			} else {
				rooms.add(term);
			}
			if (rooms.size() > MAX_ROOMS) {
				return failed(NLS.bind(Messages.Bulk_tooMany, MAX_ROOMS));
			}
		}
		if (rooms.isEmpty()) {
			return failed(Messages.Bulk_roomsNeeded);
		}
		return new RoomList(List.copyOf(rooms), null);
	}

	private static RoomList failed(String problem) {
		return new RoomList(List.of(), problem);
	}

	/** Writes rooms compactly: runs of consecutive numbers as ranges ("8101-8103, 8110"). */
	static String format(List<String> rooms) {
		List<String> parts = new ArrayList<>();
		int i = 0;
		while (i < rooms.size()) {
			int j = i;
			while (j + 1 < rooms.size() && consecutive(rooms.get(j), rooms.get(j + 1))) {
				j++;
			}
			parts.add(j - i >= 2 ? rooms.get(i) + "-" + rooms.get(j)
					: String.join(", ", rooms.subList(i, j + 1)));
			i = j + 1;
		}
		return String.join(", ", parts);
	}

	private static boolean consecutive(String a, String b) {
		return a.matches("\\d{1,15}") && b.matches("\\d{1,15}") && a.length() == b.length()
				&& Long.parseLong(b) == Long.parseLong(a) + 1;
	}
}
