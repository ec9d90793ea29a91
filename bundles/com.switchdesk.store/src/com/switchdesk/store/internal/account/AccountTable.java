package com.switchdesk.store.internal.account;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.switchdesk.model.Role;
import com.switchdesk.store.internal.db.Jdbc;

/** SQL of the {@code operator_account} table. Logins are unique regardless of case. */
final class AccountTable {

	private static final String COLUMNS = "id, login, display_name, account_role, password_hash, password_salt, "
			+ "iterations, must_change_password, enabled";

	private AccountTable() {
	}

	static String key(String login) {
		return login.strip().toLowerCase(Locale.ROOT);
	}

	static Optional<StoredAccount> find(Connection connection, String login) throws SQLException {
		try (PreparedStatement select = connection
				.prepareStatement("SELECT " + COLUMNS + " FROM operator_account WHERE login_key = ?")) {
			select.setString(1, key(login));
			try (ResultSet rows = select.executeQuery()) {
				return rows.next() ? Optional.of(read(rows)) : Optional.empty();
			}
		}
	}

	static List<StoredAccount> all(Connection connection) throws SQLException {
		List<StoredAccount> result = new ArrayList<>();
		try (PreparedStatement select = connection
				.prepareStatement("SELECT " + COLUMNS + " FROM operator_account ORDER BY login_key");
				ResultSet rows = select.executeQuery()) {
			while (rows.next()) {
				result.add(read(rows));
			}
		}
		return result;
	}

	static boolean isEmpty(Connection connection) throws SQLException {
		try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM operator_account FETCH FIRST ROW ONLY");
				ResultSet rows = select.executeQuery()) {
			return !rows.next();
		}
	}

	static int enabledAdministratorsOtherThan(Connection connection, String login) throws SQLException {
		try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM operator_account "
				+ "WHERE account_role = ? AND enabled = TRUE AND login_key <> ?")) {
			select.setString(1, Role.ADMINISTRATOR.getName());
			select.setString(2, key(login));
			try (ResultSet rows = select.executeQuery()) {
				rows.next();
				return rows.getInt(1);
			}
		}
	}

	static void insert(Connection connection, String login, String displayName, Role role, PasswordHasher.Hash hash,
			Instant now) throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement("INSERT INTO operator_account (login, login_key, "
				+ "display_name, account_role, password_hash, password_salt, iterations, must_change_password, enabled, "
				+ "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, TRUE, TRUE, ?)")) {
			insert.setString(1, login.strip());
			insert.setString(2, key(login));
			insert.setString(3, Jdbc.orEmpty(displayName).strip());
			insert.setString(4, role.getName());
			insert.setString(5, hash.hash());
			insert.setString(6, hash.salt());
			insert.setInt(7, hash.iterations());
			Jdbc.setInstant(insert, 8, now);
			insert.executeUpdate();
		}
	}

	static void setPassword(Connection connection, String login, PasswordHasher.Hash hash, boolean mustChange)
			throws SQLException {
		try (PreparedStatement update = connection.prepareStatement("UPDATE operator_account SET password_hash = ?, "
				+ "password_salt = ?, iterations = ?, must_change_password = ? WHERE login_key = ?")) {
			update.setString(1, hash.hash());
			update.setString(2, hash.salt());
			update.setInt(3, hash.iterations());
			update.setBoolean(4, mustChange);
			update.setString(5, key(login));
			update.executeUpdate();
		}
	}

	static void update(Connection connection, String login, String displayName, Role role, boolean enabled)
			throws SQLException {
		try (PreparedStatement update = connection.prepareStatement(
				"UPDATE operator_account SET display_name = ?, account_role = ?, enabled = ? WHERE login_key = ?")) {
			update.setString(1, Jdbc.orEmpty(displayName).strip());
			update.setString(2, role.getName());
			update.setBoolean(3, enabled);
			update.setString(4, key(login));
			update.executeUpdate();
		}
	}

	static void delete(Connection connection, String login) throws SQLException {
		try (PreparedStatement delete = connection.prepareStatement("DELETE FROM operator_account WHERE login_key = ?")) {
			delete.setString(1, key(login));
			delete.executeUpdate();
		}
	}

	private static StoredAccount read(ResultSet rows) throws SQLException {
		return new StoredAccount(rows.getLong(1), rows.getString(2), rows.getString(3), Role.get(rows.getString(4)),
				new PasswordHasher.Hash(rows.getString(5), rows.getString(6), rows.getInt(7)), rows.getBoolean(8),
				rows.getBoolean(9));
	}
}
