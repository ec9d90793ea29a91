package com.switchdesk.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * F07: an import killed in the middle (the process, not the thread: SIGKILL while rows are being written)
 * leaves a database that opens and holds either all of the file's rows or none.
 */
class F07ImportKillTest {

	private static final int ROWS = 100_000;
	private static final int KILL_AFTER = 5_000;

	@TempDir
	Path folder;

	@Test
	void f07_killedImportLeavesAllOrNothing() throws Exception {
		Path database = folder.resolve("db");
		try (StoreFixture store = new StoreFixture(com.switchdesk.store.internal.db.StoreConfig.embedded(database))) {
			store.admin(); // creates the database and sets the administrator's password
			store.customers.create(store.admin(), StoreFixture.customer("Before", "13900000000"));
		}
		Path csv = folder.resolve("large.csv");
		try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
			out.write("name,phone,company\n");
			for (int i = 0; i < ROWS; i++) {
				out.write("客户" + i + ",138" + String.format("%08d", i) + ",Company " + (i % 97) + "\n");
			}
		}

		long rowsWhenKilled;
		try (ChildJvm child = new ChildJvm(ImportChild.class, folder, database.toString(), csv.toString(),
				StoreFixture.ADMIN_PASSWORD)) {
			assertNotNull(child.awaitLine("logged in", 120), "the child did not log in:\n" + child.output());
			try (StoreFixture second = new StoreFixture(com.switchdesk.store.internal.db.StoreConfig.embedded(database))) {
				var inUse = org.junit.jupiter.api.Assertions.assertThrows(com.switchdesk.store.StoreException.class,
						() -> second.core.database(), "an embedded database is one JVM's");
				assertTrue(inUse.getMessage().contains(database.toString()), inUse.getMessage());
			}
			// kill once several batches of rows are written inside the open transaction
			rowsWhenKilled = 0;
			while (rowsWhenKilled < KILL_AFTER) {
				String progress = child.awaitLine("rows ", 120);
				assertNotNull(progress, "no progress report within 120 s:\n" + child.output());
				rowsWhenKilled = Long.parseLong(progress.substring(5));
			}
			child.kill();
		}
		assertTrue(rowsWhenKilled < ROWS, "killed during the import, at row " + rowsWhenKilled);

		try (StoreFixture reopened = new StoreFixture(com.switchdesk.store.internal.db.StoreConfig.embedded(database))) {
			long customers = reopened.rows("customer");
			long numbers = reopened.rows("phone_number");
			assertTrue(customers == 1 || customers == ROWS + 1, "all or nothing, but found " + customers + " customers");
			assertEquals(customers, numbers, "one number per customer: no half-written customer");
			assertEquals("Before", reopened.callers.lookup("13900000000").orElseThrow().name());
			reopened.customers.create(reopened.admin(), StoreFixture.customer("After", "13700000000"));
			System.out.println("import killed at row " + rowsWhenKilled + "; after recovery: " + customers + " customers");
		}
	}
}
