package com.switchdesk.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.switchdesk.store.CustomerService.Match;
import com.switchdesk.store.CustomerService.SearchScope;
import com.switchdesk.store.StoreException;
import com.switchdesk.store.internal.db.Database;
import com.switchdesk.store.internal.db.StoreConfig;
import com.switchdesk.store.internal.schema.MigrationRunner;
import com.switchdesk.store.internal.schema.Migrations;

/**
 * The versioned schema: an empty database is created at the latest version; a database of an older version
 * is brought up to date with its data converted; a newer one is refused with a clear message.
 */
class F05F06SchemaMigrationTest {

	@TempDir
	Path folder;

	@Test
	void f05_emptyDatabaseIsMigratedToTheLatestVersion() {
		StoreConfig config = StoreConfig.embedded(folder.resolve("db"));
		try (Database database = Database.open(config, Clock.systemUTC())) {
			assertEquals(Migrations.latest(), database.schemaVersion());
			List<Integer> versions = database.read(connection -> {
				List<Integer> found = new ArrayList<>();
				try (Statement statement = connection.createStatement();
						ResultSet rows = statement.executeQuery("SELECT version FROM schema_version ORDER BY version")) {
					while (rows.next()) {
						found.add(rows.getInt(1));
					}
				}
				return found;
			});
			assertEquals(List.of(1, 2, 3), versions, "one row per step, in order");
		}
		try (Database again = Database.open(config, Clock.systemUTC())) {
			assertEquals(Migrations.latest(), again.schemaVersion(), "opening again changes nothing");
		}
	}

	@Test
	void f06_version1DatabaseWithCustomersGetsTheirSearchKeys() {
		StoreConfig config = StoreConfig.embedded(folder.resolve("db"));
		try (Database v1 = Database.open(config, Clock.systemUTC(), 1)) {
			assertEquals(1, v1.schemaVersion());
			v1.write(connection -> {
				// rows as version 1 of the store wrote them
				try (Statement statement = connection.createStatement()) {
					statement.executeUpdate("INSERT INTO customer (id, name, name_key, company, email, notes, ringtone, "
							+ "created_at, updated_at) VALUES (7, '张三', '张三', '', '', '', '', "
							+ "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
					statement.executeUpdate("INSERT INTO phone_number (customer_id, seq, raw_number, normalized, label) "
							+ "VALUES (7, 0, '138 0013 8000', '13800138000', 'MOBILE')");
				}
				return null;
			});
		}
		try (StoreFixture store = new StoreFixture(config)) {
			assertEquals(Migrations.latest(), store.core.schemaVersion());
			var byInitials = store.customers.search(store.admin(), "zs", SearchScope.QUICK, 10);
			assertEquals(1, byInitials.size(), "pinyin initials were computed for the old row");
			assertEquals("张三", byInitials.get(0).customer().getName());
			var byEnd = store.customers.search(store.admin(), "8000", SearchScope.QUICK, 10);
			assertEquals(Match.NUMBER_END, byEnd.get(0).match(), "reversed number was computed for the old row");
			assertEquals(0, store.rows("call_log"), "version 3 added the call log");
		}
	}

	@Test
	void f05_version2DatabaseIsMigratedToTheLatestVersion() {
		StoreConfig config = StoreConfig.embedded(folder.resolve("db"));
		try (Database v2 = Database.open(config, Clock.systemUTC(), 2)) {
			assertEquals(2, v2.schemaVersion());
		}
		try (Database current = Database.open(config, Clock.systemUTC())) {
			assertEquals(Migrations.latest(), current.schemaVersion());
		}
	}

	@Test
	void f05_databaseOfANewerConsoleIsRefusedClearly() {
		StoreConfig config = StoreConfig.embedded(folder.resolve("db"));
		try (Database database = Database.open(config, Clock.systemUTC())) {
			database.write(connection -> {
				try (PreparedStatement insert = connection.prepareStatement(
						"INSERT INTO schema_version (version, description, applied_at) VALUES (?, 'future', CURRENT_TIMESTAMP)")) {
					insert.setInt(1, Migrations.latest() + 1);
					insert.executeUpdate();
				}
				return null;
			});
		}
		StoreException refused = assertThrows(StoreException.class, () -> Database.open(config, Clock.systemUTC()));
		assertTrue(refused.getMessage().contains(String.valueOf(Migrations.latest() + 1)), refused.getMessage());
	}

	@Test
	void f05_consolesStartingTogetherMigrateOnce() throws Exception {
		StoreConfig config = StoreConfig.embedded(folder.resolve("db"));
		try (Database database = Database.open(config, Clock.systemUTC(), 1)) {
			// two connections of one engine stand for two consoles on one server
			ExecutorService threads = Executors.newFixedThreadPool(2);
			try {
				List<Future<Integer>> results = new ArrayList<>();
				for (int i = 0; i < 2; i++) {
					results.add(threads.submit(() -> database.read(connection -> new MigrationRunner(Migrations.all(),
							Clock.systemUTC()).migrate(connection, Migrations.latest()))));
				}
				for (Future<Integer> result : results) {
					assertEquals(Migrations.latest(), result.get(60, TimeUnit.SECONDS));
				}
			} finally {
				threads.shutdownNow();
			}
			long steps = database.read(connection -> {
				try (Statement statement = connection.createStatement();
						ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM schema_version")) {
					rows.next();
					return rows.getLong(1);
				}
			});
			assertEquals(Migrations.latest(), steps, "every step recorded exactly once");
		}
	}
}
