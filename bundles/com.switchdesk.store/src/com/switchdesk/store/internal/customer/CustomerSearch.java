package com.switchdesk.store.internal.customer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.switchdesk.model.Customer;
import com.switchdesk.model.PhoneNumbers;
import com.switchdesk.store.CustomerService.Hit;
import com.switchdesk.store.CustomerService.Match;
import com.switchdesk.store.CustomerService.SearchScope;
import com.switchdesk.store.internal.db.Jdbc;

/**
 * Search as you type. Every QUICK query is a range scan of an index ({@code col >= prefix AND col < prefix +
 * U+FFFF}) that stops after {@code limit} rows, so it costs the same for a thousand or a million customers;
 * the text is a bound parameter, never part of the SQL, and no LIKE wildcard is involved. Only the FULL scope
 * adds a LIKE over every customer's search text, with '%', '_' and '\' escaped.
 */
final class CustomerSearch {

	private static final Pattern NUMBER_LIKE = Pattern.compile("\\+?[0-9*#]+");
	private static final Pattern LETTERS = Pattern.compile("[a-z]+");
	private static final int MAX_TEXT = 100;
	private static final int MIN_NUMBER_END = 3;

	private CustomerSearch() {
	}

	static List<Hit> search(Connection connection, String text, SearchScope scope, int limit) throws SQLException {
		String typed = text == null ? "" : text.strip();
		if (typed.isEmpty()) {
			return List.of();
		}
		if (typed.length() > MAX_TEXT) {
			typed = typed.substring(0, MAX_TEXT);
		}
		Map<Long, Match> found = new LinkedHashMap<>();
		String number = PhoneNumbers.normalize(typed);
		boolean numeric = NUMBER_LIKE.matcher(number).matches();
		if (numeric) {
			prefix(connection, "phone_number", "customer_id", "normalized", number, Match.NUMBER_START, limit, found);
			if (number.length() >= MIN_NUMBER_END) {
				prefix(connection, "phone_number", "customer_id", "reversed", SearchKeys.reversed(number), Match.NUMBER_END,
						limit, found);
			}
		}
		String key = SearchKeys.key(typed);
		prefix(connection, "customer", "id", "name_key", key, Match.NAME_START, limit, found);
		String letters = key.replace(" ", "");
		if (LETTERS.matcher(letters).matches()) {
			prefix(connection, "customer", "id", "pinyin_full", letters, Match.PINYIN, limit, found);
			prefix(connection, "customer", "id", "pinyin_initials", letters, Match.PINYIN_INITIALS, limit, found);
		}
		if (scope == SearchScope.FULL && found.size() < limit) {
			contains(connection, numeric ? number.toLowerCase(Locale.ROOT) : key, limit, found);
		}
		List<Long> ids = new ArrayList<>(found.keySet());
		List<Hit> hits = new ArrayList<>();
		for (Customer customer : CustomerTable.load(connection, ids)) {
			hits.add(new Hit(customer, found.get(customer.getId())));
		}
		return hits;
	}

	/** Adds the ids whose {@code column} starts with {@code prefix}, up to {@code limit} ids in all. */
	private static void prefix(Connection connection, String table, String idColumn, String column, String prefix,
			Match match, int limit, Map<Long, Match> found) throws SQLException {
		if (found.size() >= limit) {
			return;
		}
		String sql = "SELECT " + idColumn + " FROM " + table + " WHERE " + column + " >= ? AND " + column + " < ? "
				+ "ORDER BY " + column + " FETCH FIRST ? ROWS ONLY";
		try (PreparedStatement select = connection.prepareStatement(sql)) {
			select.setString(1, prefix);
			select.setString(2, Jdbc.prefixEnd(prefix));
			select.setInt(3, limit);
			collect(select, match, limit, found);
		}
	}

	private static void contains(Connection connection, String text, int limit, Map<Long, Match> found)
			throws SQLException {
		try (PreparedStatement select = connection.prepareStatement(
				"SELECT id FROM customer WHERE search_text LIKE ? ESCAPE '\\' FETCH FIRST ? ROWS ONLY")) {
			select.setString(1, "%" + Jdbc.escapeLike(text) + "%");
			select.setInt(2, limit + found.size());
			collect(select, Match.CONTAINS, limit, found);
		}
	}

	private static void collect(PreparedStatement select, Match match, int limit, Map<Long, Match> found)
			throws SQLException {
		try (ResultSet rows = select.executeQuery()) {
			while (rows.next() && found.size() < limit) {
				found.putIfAbsent(rows.getLong(1), match);
			}
		}
	}
}
