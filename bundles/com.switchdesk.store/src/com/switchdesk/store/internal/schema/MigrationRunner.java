package com.switchdesk.store.internal.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;

import com.switchdesk.store.StoreException;
import com.switchdesk.store.internal.Messages;
import com.switchdesk.store.internal.db.Jdbc;
import com.switchdesk.store.internal.db.SqlStates;

/**
 * Brings a database to a schema version, one {@link Migration} per transaction. The table
 * {@code schema_version} holds one row per applied step. Several consoles may start at once against one shared
 * database: each step runs under an exclusive lock on that table and re-reads the version first, so every step
 * runs exactly once.
 */
public final class MigrationRunner {

	private final List<Migration> migrations;
	private final Clock clock;

	public MigrationRunner(List<Migration> migrations, Clock clock) {
		this.migrations = List.copyOf(migrations);
		this.clock = clock;
		for (int i = 0; i < this.migrations.size(); i++) {
			if (this.migrations.get(i).version() != i + 1) {
				throw new IllegalArgumentException("migration versions must be 1, 2, 3, ... without gaps");
			}
		}
	}

	/**
	 * @param target the version to reach; at most the last migration's
	 * @return the version the database has now
	 * @throws StoreException the database has a newer schema than this code knows
	 */
	public int migrate(Connection connection, int target) throws SQLException {
		if (target > migrations.size()) {
			throw new IllegalArgumentException("no migration to version " + target);
		}
		createVersionTable(connection);
		boolean autoCommit = connection.getAutoCommit();
		connection.setAutoCommit(false);
		try {
			while (true) {
				try (Statement lock = connection.createStatement()) {
					lock.execute("LOCK TABLE schema_version IN EXCLUSIVE MODE");
				}
				int current = currentVersion(connection);
				if (current > migrations.size()) {
					connection.rollback();
					throw new StoreException(Messages.get("store.newerSchema", current, migrations.size()));
				}
				if (current >= target) {
					connection.commit();
					return current;
				}
				Migration next = migrations.get(current);
				try {
					next.apply(connection);
					record(connection, next);
					connection.commit();
				} catch (SQLException | RuntimeException e) {
					connection.rollback();
					throw e;
				}
			}
		} finally {
			connection.setAutoCommit(autoCommit);
		}
	}

	/** @return the version recorded in the database, 0 for an empty one */
	public static int currentVersion(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT MAX(version) FROM schema_version")) {
			rows.next();
			return rows.getInt(1);
		}
	}

	private static void createVersionTable(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE schema_version (version INT NOT NULL PRIMARY KEY, "
					+ "description VARCHAR(200) NOT NULL, applied_at TIMESTAMP NOT NULL)");
		} catch (SQLException e) {
			if (!SqlStates.TABLE_EXISTS.equals(e.getSQLState())) {
				throw e;
			}
		}
	}

	private void record(Connection connection, Migration migration) throws SQLException {
		try (PreparedStatement insert = connection
				.prepareStatement("INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)")) {
			insert.setInt(1, migration.version());
			insert.setString(2, migration.description());
			Jdbc.setInstant(insert, 3, clock.instant());
			insert.executeUpdate();
		}
	}
}
