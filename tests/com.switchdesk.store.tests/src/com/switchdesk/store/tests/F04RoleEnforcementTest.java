package com.switchdesk.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

import com.switchdesk.model.Role;
import com.switchdesk.store.AccessDeniedException;
import com.switchdesk.store.CustomerService.SearchScope;
import com.switchdesk.store.OperatorSession;
import com.switchdesk.store.ProblemCode;
import com.switchdesk.store.ValidationException;
import com.switchdesk.store.transfer.CsvOptions;
import com.switchdesk.store.transfer.TaskMonitor;

/** F04: the roles are enforced by the services themselves, not only by the UI. */
class F04RoleEnforcementTest {

	@TempDir
	Path folder;
	StoreFixture store;

	@BeforeEach
	void open() {
		store = StoreFixture.embedded(folder);
	}

	@AfterEach
	void close() {
		store.close();
	}

	@Test
	void f04_operatorCannotCallAdministratorOperations() throws Exception {
		OperatorSession operator = store.operator();
		long customer = store.customers.create(store.admin(), StoreFixture.customer("Alice", "13800000001")).getId();
		Path csv = folder.resolve("c.csv");
		java.nio.file.Files.writeString(csv, "name,phone\nBob,13900000002\n", StandardCharsets.UTF_8);

		List<Executable> administratorOnly = List.of(
				() -> store.customers.create(operator, StoreFixture.customer("Eve", "13700000003")),
				() -> store.customers.delete(operator, customer),
				() -> store.accounts.accounts(operator),
				() -> store.accounts.createAccount(operator, "evil", "", Role.ADMINISTRATOR, "long-enough".toCharArray()),
				() -> store.accounts.resetPassword(operator, "admin", "long-enough".toCharArray()),
				() -> store.accounts.loginLog(operator, null, null, "", 10),
				() -> store.settings.save(operator, store.settings.current()),
				() -> store.groups.create(operator, "VIP"),
				() -> store.transfer.importCsv(operator, csv, CsvOptions.defaults(), TaskMonitor.NONE),
				() -> store.transfer.exportCsv(operator, folder.resolve("out.csv"), StandardCharsets.UTF_8, false,
						TaskMonitor.NONE),
				() -> store.core.backup(operator, folder.resolve("backup")));
		for (Executable call : administratorOnly) {
			AccessDeniedException denied = assertThrows(AccessDeniedException.class, call);
			assertTrue(denied.getMessage().contains("op1"), denied.getMessage());
		}
		assertEquals(1, store.rows("customer"), "nothing was changed");
		assertEquals(2, store.rows("operator_account"));

		// what operators do is allowed
		assertEquals(1, store.customers.search(operator, "ali", SearchScope.QUICK, 5).size());
		store.groups.setExtensionName(operator, "801", "Front desk");
	}

	@Test
	void f04_sessionsNotIssuedByTheStoreOrLoggedOutAreRefused() {
		OperatorSession forged = new OperatorSession("admin", "", Role.ADMINISTRATOR, "8000", Instant.now(), false);
		assertThrows(AccessDeniedException.class, () -> store.accounts.accounts(forged));
		assertThrows(AccessDeniedException.class, () -> store.customers.count(null));

		OperatorSession operator = store.operator();
		store.accounts.logout(operator);
		assertThrows(AccessDeniedException.class, () -> store.customers.count(operator));
	}

	@Test
	void f04_disablingOrDemotingAnAccountEndsItsSessions() {
		OperatorSession operator = store.operator();
		store.accounts.updateAccount(store.admin(), "op1", "Operator One", Role.OPERATOR, false);
		assertThrows(AccessDeniedException.class, () -> store.customers.count(operator));
	}

	@Test
	void f04_theLastEnabledAdministratorStays() {
		OperatorSession admin = store.admin();
		ValidationException demote = assertThrows(ValidationException.class,
				() -> store.accounts.updateAccount(admin, "admin", "", Role.OPERATOR, true));
		assertTrue(demote.has(ProblemCode.NOT_ALLOWED));
		assertThrows(ValidationException.class, () -> store.accounts.updateAccount(admin, "admin", "", Role.ADMINISTRATOR,
				false));
		assertThrows(ValidationException.class, () -> store.accounts.deleteAccount(admin, "admin"));

		store.accounts.createAccount(admin, "boss2", "", Role.ADMINISTRATOR, "long-enough".toCharArray());
		store.accounts.updateAccount(admin, "boss2", "Second", Role.ADMINISTRATOR, true);
		assertEquals(2, store.accounts.accounts(admin).size());
	}

	@Test
	void f04_administratorResetsAPasswordThatMustThenBeChanged() {
		store.operator();
		store.accounts.resetPassword(store.admin(), "op1", "temporary-1".toCharArray());
		OperatorSession session = store.accounts.login("8001", "op1", "temporary-1".toCharArray(), StoreFixture.POSITIONS)
				.session().orElseThrow();
		assertTrue(session.mustChangePassword());
		assertThrows(AccessDeniedException.class, () -> store.customers.count(session));
	}
}
