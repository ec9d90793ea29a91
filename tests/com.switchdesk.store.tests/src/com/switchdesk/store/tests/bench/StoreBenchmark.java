package com.switchdesk.store.tests.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import com.switchdesk.model.Customer;
import com.switchdesk.model.PhoneLabel;
import com.switchdesk.model.PhoneNumber;
import com.switchdesk.model.SwitchdeskFactory;
import com.switchdesk.store.AccountService;
import com.switchdesk.store.OperatorPositions;
import com.switchdesk.store.OperatorSession;
import com.switchdesk.store.internal.StoreCore;
import com.switchdesk.store.internal.account.AccountServiceImpl;
import com.switchdesk.store.internal.account.PasswordHasher;
import com.switchdesk.store.internal.customer.CustomerWriter;
import com.switchdesk.store.internal.customer.Pinyin;
import com.switchdesk.store.internal.db.StoreConfig;

/**
 * The store's benchmarks (not tests): run by {@code releng/scripts/benchmark.sh store}, figures in
 * docs/PERFORMANCE.md. Plain JVM, embedded Derby on disk, the same code as the product.
 * <ol>
 * <li>PBKDF2 cost of one password hash;</li>
 * <li>importing 100,000 CSV rows through the import service, next to Derby's own
 * {@code SYSCS_UTIL.SYSCS_IMPORT_TABLE_BULK} of the same file, in turn, on new databases;</li>
 * <li>with 1,000,000 customers: caller look-up and search-as-you-type latency.</li>
 * </ol>
 * Arguments: {@code <work folder> [customers] [import rows] [rounds]}.
 */
public final class StoreBenchmark {

	private static final OperatorPositions ANYWHERE = extension -> OperatorPositions.Position.OPERATOR_POSITION;

	private StoreBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path work = Path.of(args[0]).toAbsolutePath();
		int customers = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
		int importRows = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
		int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
		Files.createDirectories(work);
		System.setProperty("derby.stream.error.file", work.resolve("derby.log").toString());
		System.out.printf("machine: %d cores, Java %s, %s%n", Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.version"), Instant.now());

		passwordHash();
		ImportComparison.run(work, importRows, rounds);
		StoreCore big = bigStore(work.resolve("big-db"), customers);
		try {
			LookupAndSearch.run(big, customers);
		} finally {
			big.close();
		}
	}

	private static void passwordHash() {
		PasswordHasher hasher = new PasswordHasher(AccountService.PASSWORD_ITERATIONS);
		Latency latency = new Latency();
		for (int i = 0; i < 7; i++) {
			long start = System.nanoTime();
			hasher.hash(("password-" + i).toCharArray());
			if (i >= 2) {
				latency.add(System.nanoTime() - start);
			}
		}
		System.out.println("PBKDF2-HMAC-SHA256, " + AccountService.PASSWORD_ITERATIONS + " iterations, one hash: " + latency);
	}

	/** A store with {@code customers} customers, reused from an earlier run when it has them already. */
	private static StoreCore bigStore(Path folder, int customers) {
		StoreCore core = new StoreCore(StoreConfig.embedded(folder), Clock.systemUTC());
		long existing = count(core);
		if (existing == customers) {
			System.out.println("reusing " + folder + " with " + existing + " customers");
			return core;
		}
		if (existing != 0) {
			throw new IllegalStateException(folder + " has " + existing + " customers; delete it first");
		}
		long start = System.nanoTime();
		Pinyin pinyin = new Pinyin();
		Instant now = Instant.now();
		int chunk = 10_000;
		for (int from = 0; from < customers; from += chunk) {
			int first = from;
			core.database().write(connection -> {
				try (CustomerWriter writer = new CustomerWriter(connection, pinyin)) {
					for (int i = first; i < Math.min(customers, first + chunk); i++) {
						writer.add(core.customerIds().next(connection), customer(i), now, now);
						if (writer.pending() == 500) {
							writer.flush();
						}
					}
					writer.flush();
				}
				return null;
			});
			if ((from / chunk) % 10 == 9) {
				System.out.printf("  filled %,d customers in %.0f s%n", from + chunk, (System.nanoTime() - start) / 1e9);
			}
		}
		System.out.printf("filled %,d customers in %.0f s (setup, not a figure)%n", customers,
				(System.nanoTime() - start) / 1e9);
		return core;
	}

	static Customer customer(long i) {
		Customer customer = SwitchdeskFactory.eINSTANCE.createCustomer();
		customer.setName(BenchData.name(i));
		customer.setCompany(BenchData.company(i));
		customer.getNumbers().add(number(BenchData.mobile(i), PhoneLabel.MOBILE));
		if (!BenchData.landline(i).isEmpty()) {
			customer.getNumbers().add(number(BenchData.landline(i), PhoneLabel.WORK));
		}
		return customer;
	}

	private static PhoneNumber number(String text, PhoneLabel label) {
		PhoneNumber number = SwitchdeskFactory.eINSTANCE.createPhoneNumber();
		number.setNumber(text);
		number.setLabel(label);
		return number;
	}

	static long count(StoreCore core) {
		return core.database().read(connection -> {
			try (Statement statement = connection.createStatement();
					var rows = statement.executeQuery("SELECT COUNT(*) FROM customer")) {
				rows.next();
				return rows.getLong(1);
			}
		});
	}

	/** Logs in as the first administrator; on a new database also sets its password, as a first login does. */
	static OperatorSession admin(StoreCore core) {
		AccountServiceImpl accounts = new AccountServiceImpl(core);
		var first = accounts.login("8000", "admin", "admin".toCharArray(), ANYWHERE);
		if (first.succeeded()) {
			return accounts.changePassword(first.session().orElseThrow(), "admin".toCharArray(),
					"benchmark-1".toCharArray());
		}
		return accounts.login("8000", "admin", "benchmark-1".toCharArray(), ANYWHERE).session().orElseThrow();
	}

	static void deleteTree(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

	static double median(List<Double> values) {
		List<Double> sorted = values.stream().sorted().toList();
		int n = sorted.size();
		return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}

	static Random random() {
		return new Random(20261125L);
	}
}
