package com.switchdesk.store.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.Set;

import com.switchdesk.model.Customer;
import com.switchdesk.model.PhoneLabel;
import com.switchdesk.model.PhoneNumber;
import com.switchdesk.model.Role;
import com.switchdesk.model.SwitchdeskFactory;
import com.switchdesk.store.AccountService;
import com.switchdesk.store.LoginAttempt;
import com.switchdesk.store.OperatorPositions;
import com.switchdesk.store.OperatorSession;
import com.switchdesk.store.internal.StoreCore;
import com.switchdesk.store.internal.account.AccountServiceImpl;
import com.switchdesk.store.internal.customer.CallLogServiceImpl;
import com.switchdesk.store.internal.customer.CallerDirectoryImpl;
import com.switchdesk.store.internal.customer.CustomerServiceImpl;
import com.switchdesk.store.internal.db.StoreConfig;
import com.switchdesk.store.internal.settings.ExtensionGroupServiceImpl;
import com.switchdesk.store.internal.settings.SettingsServiceImpl;
import com.switchdesk.store.internal.transfer.CustomerTransferServiceImpl;

/**
 * A real store on a real Derby database in a temporary folder, with every service wired as Declarative
 * Services would wire them, a test clock, and ready-made sessions.
 */
final class StoreFixture implements AutoCloseable {

	static final Instant START = Instant.parse("2026-11-25T08:00:00Z");
	static final String ADMIN_PASSWORD = "admin-secret-1";
	static final String OPERATOR_PASSWORD = "operator-secret-1";
	/** 8000 and 8001 are operator positions; 8002 and 801 are other extensions. */
	static final OperatorPositions POSITIONS = OperatorPositions.of(Set.of("8000", "8001"),
			Set.of("8000", "8001", "8002", "801"));

	final TestClock clock = new TestClock(START);
	final StoreCore core;
	final AccountServiceImpl accounts;
	final CustomerServiceImpl customers;
	final CallerDirectoryImpl callers;
	final CustomerTransferServiceImpl transfer;
	final CallLogServiceImpl calls;
	final SettingsServiceImpl settings;
	final ExtensionGroupServiceImpl groups;
	private OperatorSession admin;
	private OperatorSession operator;

	StoreFixture(StoreConfig config) {
		core = new StoreCore(config, clock);
		accounts = new AccountServiceImpl(core);
		customers = new CustomerServiceImpl(core);
		callers = new CallerDirectoryImpl(core);
		transfer = new CustomerTransferServiceImpl(core);
		calls = new CallLogServiceImpl(core);
		settings = new SettingsServiceImpl(core);
		groups = new ExtensionGroupServiceImpl(core);
	}

	static StoreFixture embedded(Path folder) {
		return new StoreFixture(StoreConfig.embedded(folder.resolve("db")));
	}

	/**
	 * The first administrator, logged in at 8000: on a new database with its initial password changed to
	 * {@link #ADMIN_PASSWORD}, on a database that a fixture used before with that password.
	 */
	OperatorSession admin() {
		if (admin == null) {
			LoginAttempt first = accounts.login("8000", AccountService.INITIAL_ADMIN_LOGIN,
					AccountService.INITIAL_ADMIN_PASSWORD.toCharArray(), POSITIONS);
			if (first.succeeded()) {
				admin = accounts.changePassword(first.session().orElseThrow(),
						AccountService.INITIAL_ADMIN_PASSWORD.toCharArray(), ADMIN_PASSWORD.toCharArray());
			} else {
				LoginAttempt again = accounts.login("8000", AccountService.INITIAL_ADMIN_LOGIN, ADMIN_PASSWORD.toCharArray(),
						POSITIONS);
				assertTrue(again.succeeded(), again.message());
				admin = again.session().orElseThrow();
			}
		}
		return admin;
	}

	/** An operator account "op1" created by the administrator, logged in at 8001. */
	OperatorSession operator() {
		if (operator == null) {
			accounts.createAccount(admin(), "op1", "Operator One", Role.OPERATOR, "initial-pass-1".toCharArray());
			OperatorSession first = accounts.login("8001", "op1", "initial-pass-1".toCharArray(), POSITIONS).session()
					.orElseThrow();
			operator = accounts.changePassword(first, "initial-pass-1".toCharArray(), OPERATOR_PASSWORD.toCharArray());
		}
		return operator;
	}

	static Customer customer(String name, String... numbers) {
		Customer customer = SwitchdeskFactory.eINSTANCE.createCustomer();
		customer.setName(name);
		for (String text : numbers) {
			PhoneNumber number = SwitchdeskFactory.eINSTANCE.createPhoneNumber();
			number.setNumber(text);
			number.setLabel(PhoneLabel.MOBILE);
			customer.getNumbers().add(number);
		}
		return customer;
	}

	/** @return rows in a table, counted with SQL (not through the services under test) */
	long rows(String table) {
		return core.database().read(connection -> {
			try (Statement statement = connection.createStatement();
					ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
				rows.next();
				return rows.getLong(1);
			}
		});
	}

	/** @return every customer, each read through {@code CustomerService.get} */
	java.util.List<Customer> allCustomers() {
		java.util.List<Long> ids = core.database().read(connection -> {
			java.util.List<Long> found = new java.util.ArrayList<>();
			try (Statement statement = connection.createStatement();
					ResultSet rows = statement.executeQuery("SELECT id FROM customer")) {
				while (rows.next()) {
					found.add(rows.getLong(1));
				}
			}
			return found;
		});
		return ids.stream().map(id -> customers.get(admin(), id).orElseThrow()).toList();
	}

	/** Copies a file of the checked-in corpus (tests/com.switchdesk.store.tests/corpus/) into a folder. */
	static Path corpus(String name, Path folder) throws IOException {
		try (InputStream in = StoreFixture.class.getResourceAsStream("/corpus/" + name)) {
			assertNotNull(in, "corpus file " + name);
			Path target = folder.resolve(name.replace('/', '_'));
			Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
			return target;
		}
	}

	@Override
	public void close() {
		core.close();
	}
}
