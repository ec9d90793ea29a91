package com.switchdesk.store.tests.bench;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import com.switchdesk.model.Customer;
import com.switchdesk.model.PhoneNumber;
import com.switchdesk.model.PhoneNumbers;
import com.switchdesk.store.OperatorSession;
import com.switchdesk.store.internal.StoreCore;
import com.switchdesk.store.internal.customer.Pinyin;
import com.switchdesk.store.internal.customer.SearchKeys;
import com.switchdesk.store.internal.db.Database;
import com.switchdesk.store.internal.db.StoreConfig;
import com.switchdesk.store.internal.transfer.CustomerTransferServiceImpl;
import com.switchdesk.store.transfer.CsvOptions;
import com.switchdesk.store.transfer.ImportResult;
import com.switchdesk.store.transfer.TaskMonitor;

/**
 * Our CSV import next to Derby's own import procedures on the same rows, each on a new database, in turn
 * (the machine is shared, so the runs alternate). Derby's three baselines:
 * <ol>
 * <li>{@code SYSCS_IMPORT_TABLE_BULK} of the same CSV file into a table shaped like the file, no index;</li>
 * <li>the same with an index on the name and a unique index on the number;</li>
 * <li>{@code SYSCS_IMPORT_DATA} into our own two tables, with all their indexes, from files with every column
 * already computed (ids, search keys): the same storage work as our import, without parsing, checking or
 * JDBC.</li>
 * </ol>
 */
final class ImportComparison {

	private ImportComparison() {
	}

	static void run(Path work, int rows, int rounds) throws Exception {
		Path csv = work.resolve("import-" + rows + ".csv");
		BenchData.writeCsv(csv, rows);
		Path customers = work.resolve("prepared-customers.del");
		Path numbers = work.resolve("prepared-numbers.del");
		prepare(rows, customers, numbers);
		System.out.printf("import of %,d rows (%,d bytes), %d rounds, each on a new database:%n", rows, Files.size(csv),
				rounds);
		List<List<Double>> times = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
		for (int round = 1; round <= rounds; round++) {
			times.get(0).add(ours(work.resolve("import-ours"), csv, rows));
			times.get(1).add(flat(work.resolve("import-flat"), csv, false));
			times.get(2).add(flat(work.resolve("import-flat-indexed"), csv, true));
			times.get(3).add(ourSchema(work.resolve("import-our-schema"), customers, numbers));
			System.out.printf("  round %d: ours %.2f s | Derby: flat %.2f s, flat + 2 indexes %.2f s, our schema %.2f s%n",
					round, times.get(0).get(round - 1), times.get(1).get(round - 1), times.get(2).get(round - 1),
					times.get(3).get(round - 1));
		}
		double ours = StoreBenchmark.median(times.get(0));
		System.out.printf("import median: ours %.2f s (%,.0f rows/s)%n", ours, rows / ours);
		String[] names = { "", "SYSCS_IMPORT_TABLE_BULK, flat table, no index", "SYSCS_IMPORT_TABLE_BULK, flat table, "
				+ "name index + unique number index", "SYSCS_IMPORT_DATA into our tables and indexes, columns precomputed" };
		for (int i = 1; i < 4; i++) {
			double derby = StoreBenchmark.median(times.get(i));
			System.out.printf("  vs %s: %.2f s -> ratio %.2f%n", names[i], derby, ours / derby);
		}
	}

	private static double ours(Path folder, Path csv, int rows) throws Exception {
		StoreBenchmark.deleteTree(folder);
		StoreCore core = new StoreCore(StoreConfig.embedded(folder), Clock.systemUTC());
		try {
			OperatorSession admin = StoreBenchmark.admin(core);
			long start = System.nanoTime();
			ImportResult result = new CustomerTransferServiceImpl(core).importCsv(admin, csv, CsvOptions.defaults(),
					TaskMonitor.NONE);
			double seconds = (System.nanoTime() - start) / 1e9;
			if (!(result instanceof ImportResult.Imported imported) || imported.customers() != rows) {
				throw new IllegalStateException("import failed: " + result);
			}
			return seconds;
		} finally {
			core.close();
			StoreBenchmark.deleteTree(folder);
		}
	}

	private static double flat(Path folder, Path csv, boolean indexes) throws Exception {
		return derby(folder, "CREATE TABLE flat (name VARCHAR(100), phone VARCHAR(64), email VARCHAR(254), "
				+ "company VARCHAR(100), notes VARCHAR(2000), ringtone VARCHAR(64))",
				indexes ? List.of("CREATE INDEX flat_name ON flat (name)", "CREATE UNIQUE INDEX flat_phone ON flat (phone)")
						: List.of(),
				List.of("CALL SYSCS_UTIL.SYSCS_IMPORT_TABLE_BULK(NULL, 'FLAT', '" + csv + "', ',', '\"', 'UTF-8', 0, 1)"));
	}

	private static double ourSchema(Path folder, Path customers, Path numbers) throws Exception {
		return derby(folder, null, List.of(), List.of(
				"CALL SYSCS_UTIL.SYSCS_IMPORT_DATA(NULL, 'CUSTOMER', 'ID,NAME,NAME_KEY,COMPANY,EMAIL,NOTES,RINGTONE,"
						+ "CREATED_AT,UPDATED_AT,PINYIN_FULL,PINYIN_INITIALS,SEARCH_TEXT', NULL, '" + customers
						+ "', ',', '\"', 'UTF-8', 0)",
				"CALL SYSCS_UTIL.SYSCS_IMPORT_DATA(NULL, 'PHONE_NUMBER', 'CUSTOMER_ID,SEQ,RAW_NUMBER,NORMALIZED,LABEL,"
						+ "REVERSED', NULL, '" + numbers + "', ',', '\"', 'UTF-8', 0)"));
	}

	/** Times {@code timed}, run as one transaction on a new database with our schema (and {@code create}). */
	private static double derby(Path folder, String create, List<String> indexes, List<String> timed) throws Exception {
		StoreBenchmark.deleteTree(folder);
		try (Database database = Database.open(StoreConfig.embedded(folder), Clock.systemUTC())) {
			database.write(connection -> {
				try (Statement statement = connection.createStatement()) {
					if (create != null) {
						statement.execute(create);
					}
					for (String sql : indexes) {
						statement.execute(sql);
					}
				}
				return null;
			});
			long start = System.nanoTime();
			database.write(connection -> {
				try (Statement statement = connection.createStatement()) {
					for (String sql : timed) {
						statement.execute(sql);
					}
				}
				return null;
			});
			return (System.nanoTime() - start) / 1e9;
		} finally {
			StoreBenchmark.deleteTree(folder);
		}
	}

	/** The rows of the benchmark CSV as Derby import files for our two tables, every column computed. */
	private static void prepare(int rows, Path customers, Path numbers) throws Exception {
		Pinyin pinyin = new Pinyin();
		String now = "2026-11-25 08:00:00.000000";
		try (BufferedWriter c = Files.newBufferedWriter(customers, StandardCharsets.UTF_8);
				BufferedWriter n = Files.newBufferedWriter(numbers, StandardCharsets.UTF_8)) {
			for (int i = 0; i < rows; i++) {
				Customer customer = StoreBenchmark.customer(i);
				PhoneNumber mobile = customer.getNumbers().get(0);
				String normalized = PhoneNumbers.normalize(mobile.getNumber());
				SearchKeys keys = SearchKeys.of(pinyin, customer.getName(), customer.getCompany(), List.of(normalized));
				c.write((i + 1) + "," + q(customer.getName()) + "," + q(keys.nameKey()) + "," + q(customer.getCompany())
						+ "," + q("c" + i + "@example.com") + "," + q("note " + i) + "," + q("tone-" + (i % 5)) + ","
						+ now + "," + now + "," + q(keys.pinyinFull()) + "," + q(keys.pinyinInitials()) + ","
						+ q(keys.searchText()) + "\n");
				n.write((i + 1) + ",0," + q(mobile.getNumber()) + "," + q(normalized) + ",\"MOBILE\","
						+ q(SearchKeys.reversed(normalized)) + "\n");
			}
		}
	}

	private static String q(String value) {
		return '"' + value.replace("\"", "\"\"") + '"';
	}
}
