package com.switchdesk.store.internal.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.switchdesk.store.internal.customer.Pinyin;
import com.switchdesk.store.internal.customer.SearchKeys;

/**
 * Version 2: adds the search columns, then computes them for the customers that version 1 stored (pinyin,
 * search text, reversed numbers), with the same code that computes them on every write.
 */
final class SearchKeysMigration implements Migration {

	private static final int BATCH = 500;

	@Override
	public int version() {
		return 2;
	}

	@Override
	public String description() {
		return "customer search keys: pinyin, search text, reversed numbers";
	}

	@Override
	public void apply(Connection connection) throws SQLException {
		SqlScript.run(connection, "V2__customer_search_keys.sql");
		fillNumbers(connection);
		fillCustomers(connection, numbersByCustomer(connection));
	}

	private static void fillNumbers(Connection connection) throws SQLException {
		try (Statement read = connection.createStatement();
				ResultSet rows = read.executeQuery("SELECT customer_id, seq, normalized FROM phone_number");
				PreparedStatement update = connection
						.prepareStatement("UPDATE phone_number SET reversed = ? WHERE customer_id = ? AND seq = ?")) {
			int pending = 0;
			while (rows.next()) {
				update.setString(1, SearchKeys.reversed(rows.getString(3)));
				update.setLong(2, rows.getLong(1));
				update.setInt(3, rows.getInt(2));
				update.addBatch();
				if (++pending == BATCH) {
					update.executeBatch();
					pending = 0;
				}
			}
			update.executeBatch();
		}
	}

	private static Map<Long, List<String>> numbersByCustomer(Connection connection) throws SQLException {
		Map<Long, List<String>> numbers = new HashMap<>();
		try (Statement read = connection.createStatement();
				ResultSet rows = read.executeQuery("SELECT customer_id, normalized FROM phone_number ORDER BY customer_id, seq")) {
			while (rows.next()) {
				numbers.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>()).add(rows.getString(2));
			}
		}
		return numbers;
	}

	private static void fillCustomers(Connection connection, Map<Long, List<String>> numbers) throws SQLException {
		Pinyin pinyin = new Pinyin();
		try (Statement read = connection.createStatement();
				ResultSet rows = read.executeQuery("SELECT id, name, company FROM customer");
				PreparedStatement update = connection.prepareStatement(
						"UPDATE customer SET pinyin_full = ?, pinyin_initials = ?, search_text = ? WHERE id = ?")) {
			int pending = 0;
			while (rows.next()) {
				long id = rows.getLong(1);
				SearchKeys keys = SearchKeys.of(pinyin, rows.getString(2), rows.getString(3), numbers.getOrDefault(id, List.of()));
				update.setString(1, keys.pinyinFull());
				update.setString(2, keys.pinyinInitials());
				update.setString(3, keys.searchText());
				update.setLong(4, id);
				update.addBatch();
				if (++pending == BATCH) {
					update.executeBatch();
					pending = 0;
				}
			}
			update.executeBatch();
		}
	}
}
