package com.switchdesk.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.switchdesk.store.CustomerService.SearchScope;
import com.switchdesk.store.OperatorSession;
import com.switchdesk.store.StoreException;
import com.switchdesk.store.StoreInfo;
import com.switchdesk.store.internal.db.StoreConfig;
import com.switchdesk.store.transfer.CsvOptions;
import com.switchdesk.store.transfer.ImportResult;
import com.switchdesk.store.transfer.TaskMonitor;

/**
 * F05 with several operator PCs: one console serves its database through the Derby network server, two
 * consoles connect as clients; what one writes, the other reads at once.
 */
class F05SharedDatabaseTest {

	@TempDir
	Path folder;

	@Test
	void f05_twoClientsShareOneDatabaseThroughTheNetworkServer() throws IOException {
		int port = freePort();
		Path database = folder.resolve("shared-db");
		try (StoreFixture server = new StoreFixture(StoreConfig.embedded(database).serving("localhost", port))) {
			assertEquals(StoreInfo.Mode.EMBEDDED_AND_SERVING, server.core.mode());
			server.core.database(); // opens the database and starts serving it
			StoreConfig client = StoreConfig.client("localhost", port, database.toString());
			try (StoreFixture writer = new StoreFixture(client); StoreFixture reader = new StoreFixture(client)) {
				assertEquals(StoreInfo.Mode.CLIENT, writer.core.mode());
				OperatorSession admin = writer.admin();
				OperatorSession operator = reader.accounts.login("8001", "admin", StoreFixture.ADMIN_PASSWORD.toCharArray(),
						StoreFixture.POSITIONS).session().orElseThrow();

				writer.customers.create(admin, StoreFixture.customer("张三", "138 0013 8000"));

				assertEquals("张三", reader.customers.search(operator, "zs", SearchScope.QUICK, 5).get(0).customer().getName());
				assertEquals("张三", reader.callers.lookup("+86 138 0013 8000").orElseThrow().name());

				writer.customers.create(admin, StoreFixture.customer("李四", "139 0000 0001"));
				assertEquals(2, reader.customers.count(operator), "no stale cache on the other console");
				assertEquals(2, server.rows("customer"), "and it is all in the served folder");
				assertEquals(2, writer.accounts.loginLog(admin, null, null, "", 10).size(),
						"both consoles write one login log");

				// an import over the network: one transaction on the server as well
				Path csv = folder.resolve("more.csv");
				java.nio.file.Files.writeString(csv, "姓名,电话\n王五,137 0000 0005\n赵六,136 0000 0006\n");
				assertEquals(new ImportResult.Imported(2, 0), writer.transfer.importCsv(admin, csv, CsvOptions.defaults(),
						TaskMonitor.NONE));
				java.nio.file.Files.writeString(csv, "姓名,电话\n孙七,135 0000 0007\n冒名,137-0000-0005\n");
				assertInstanceOf(ImportResult.Rejected.class,
						writer.transfer.importCsv(admin, csv, CsvOptions.defaults(), TaskMonitor.NONE));
				assertEquals(4, reader.customers.count(operator), "the rejected file left nothing on the server");
				assertEquals("王五", reader.callers.lookup("13700000005").orElseThrow().name());
			}
		}
	}

	@Test
	void f05_aServerThatDoesNotAnswerGivesAClearMessage() throws IOException {
		int port = freePort();
		try (StoreFixture client = new StoreFixture(StoreConfig.client("localhost", port, "nowhere"))) {
			StoreException error = assertThrows(StoreException.class, () -> client.core.database());
			assertTrue(error.getMessage().contains("localhost:" + port), error.getMessage());
		}
	}

	@Test
	void f05_locationComesFromTheConfigurationOrSystemProperties() {
		StoreConfig fromUrl = StoreConfig.from(java.util.Map.of(StoreConfig.LOCATION, "//pbx-server:1530/switchdesk"),
				key -> null);
		assertEquals("pbx-server", fromUrl.host());
		assertEquals(1530, fromUrl.port());
		assertEquals("switchdesk", fromUrl.name());
		StoreConfig defaults = StoreConfig.from(java.util.Map.of(), key -> key.equals("user.home") ? "/home/op" : null);
		assertEquals(Path.of("/home/op/.switchdesk/db"), defaults.folder());
		StoreConfig serving = StoreConfig.from(java.util.Map.of(StoreConfig.LOCATION, "/data/switchdesk-db",
				StoreConfig.SERVE, "0.0.0.0:1527"), key -> null);
		assertTrue(serving.isServing());
		assertEquals("0.0.0.0", serving.serveHost());
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
