package com.switchdesk.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.switchdesk.store.internal.db.StoreConfig;

/** F05: an administrator's online backup is a complete database that opens on its own. */
class F05BackupTest {

	@TempDir
	Path folder;

	@Test
	void f05_onlineBackupOpensAsADatabaseWithTheCustomers() {
		Path copy;
		try (StoreFixture store = StoreFixture.embedded(folder.resolve("live"))) {
			store.customers.create(store.admin(), StoreFixture.customer("张三", "138 0013 8000"));

			copy = store.core.backup(store.admin(), folder.resolve("backups"));

			assertTrue(Files.isDirectory(copy), copy.toString());
			store.customers.create(store.admin(), StoreFixture.customer("After the backup", "139 0000 0001"));
		}
		try (StoreFixture restored = new StoreFixture(StoreConfig.embedded(copy))) {
			assertEquals(1, restored.rows("customer"));
			assertEquals("张三", restored.callers.lookup("13800138000").orElseThrow().name());
		}
	}
}
