package com.switchdesk.store.internal.account;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.switchdesk.model.LoginRecord;
import com.switchdesk.model.LoginResult;
import com.switchdesk.model.SwitchdeskFactory;
import com.switchdesk.store.internal.db.Jdbc;

/** SQL of the {@code login_log} table. */
final class LoginLogTable {

	private LoginLogTable() {
	}

	static void append(Connection connection, Instant time, String extension, String account, LoginResult result)
			throws SQLException {
		try (PreparedStatement insert = connection
				.prepareStatement("INSERT INTO login_log (logged_at, extension, account, outcome) VALUES (?, ?, ?, ?)")) {
			Jdbc.setInstant(insert, 1, time);
			insert.setString(2, clip(extension, 32));
			insert.setString(3, clip(account, 64));
			insert.setString(4, result.getName());
			insert.executeUpdate();
		}
	}

	static List<LoginRecord> query(Connection connection, Instant from, Instant to, String text, int limit)
			throws SQLException {
		String like = "%" + Jdbc.escapeLike(text.strip().toLowerCase(java.util.Locale.ROOT)) + "%";
		try (PreparedStatement select = connection.prepareStatement("SELECT id, logged_at, extension, account, outcome "
				+ "FROM login_log WHERE logged_at >= ? AND logged_at < ? "
				+ "AND (LOWER(extension) LIKE ? ESCAPE '\\' OR LOWER(account) LIKE ? ESCAPE '\\') "
				+ "ORDER BY logged_at DESC, id DESC FETCH FIRST ? ROWS ONLY")) {
			Jdbc.setInstant(select, 1, from == null ? Instant.EPOCH : from);
			Jdbc.setInstant(select, 2, to == null ? Instant.parse("9999-01-01T00:00:00Z") : to);
			select.setString(3, like);
			select.setString(4, like);
			select.setInt(5, limit);
			List<LoginRecord> result = new ArrayList<>();
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					LoginRecord record = SwitchdeskFactory.eINSTANCE.createLoginRecord();
					record.setId(rows.getLong(1));
					record.setTime(Date.from(Jdbc.getInstant(rows, 2)));
					record.setExtension(rows.getString(3));
					record.setAccount(rows.getString(4));
					record.setResult(LoginResult.get(rows.getString(5)));
					result.add(record);
				}
			}
			return result;
		}
	}

	private static String clip(String value, int length) {
		String text = value == null ? "" : value.strip();
		return text.length() <= length ? text : text.substring(0, length);
	}
}
