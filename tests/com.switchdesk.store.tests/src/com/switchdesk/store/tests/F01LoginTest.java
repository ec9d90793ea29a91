package com.switchdesk.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.switchdesk.model.LoginRecord;
import com.switchdesk.model.LoginResult;
import com.switchdesk.model.Role;
import com.switchdesk.store.AccessDeniedException;
import com.switchdesk.store.AccountService;
import com.switchdesk.store.LoginAttempt;
import com.switchdesk.store.OperatorSession;
import com.switchdesk.store.ProblemCode;
import com.switchdesk.store.ValidationException;
import com.switchdesk.store.CustomerService.SearchScope;
import com.switchdesk.store.internal.account.PasswordHasher;

/** F01: logging in with extension, account and password; the login log. */
class F01LoginTest {

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
	void f01_firstStartHasAnAdministratorWhoMustChangeTheWellKnownPassword() {
		LoginAttempt attempt = store.accounts.login("8000", "admin", "admin".toCharArray(), StoreFixture.POSITIONS);

		assertTrue(attempt.succeeded(), attempt.message());
		OperatorSession session = attempt.session().orElseThrow();
		assertTrue(session.mustChangePassword());
		assertEquals(Role.ADMINISTRATOR, session.role());
		AccessDeniedException denied = assertThrows(AccessDeniedException.class,
				() -> store.customers.search(session, "x", SearchScope.QUICK, 5));
		assertTrue(denied.getMessage().toLowerCase().contains("password"), denied.getMessage());

		OperatorSession changed = store.accounts.changePassword(session, "admin".toCharArray(), "a-better-one".toCharArray());
		assertFalse(changed.mustChangePassword());
		assertEquals(List.of(), store.customers.search(changed, "x", SearchScope.QUICK, 5));
		assertThrows(AccessDeniedException.class, () -> store.customers.search(session, "x", SearchScope.QUICK, 5),
				"the session from before the change is ended");
		assertTrue(store.accounts.login("8000", "ADMIN", "a-better-one".toCharArray(), StoreFixture.POSITIONS).succeeded(),
				"logins ignore case; the new password works");
	}

	@Test
	void f01_wrongPasswordUnknownAccountAndWrongExtensionGiveClearResultsAndNoSession() {
		store.admin();
		assertFailure(LoginResult.WRONG_PASSWORD, store.accounts.login("8000", "admin", "nope".toCharArray(),
				StoreFixture.POSITIONS));
		assertFailure(LoginResult.UNKNOWN_ACCOUNT, store.accounts.login("8000", "nobody", "whatever".toCharArray(),
				StoreFixture.POSITIONS));
		assertFailure(LoginResult.NOT_AN_OPERATOR_POSITION, store.accounts.login("8002", "admin",
				StoreFixture.ADMIN_PASSWORD.toCharArray(), StoreFixture.POSITIONS));
		assertFailure(LoginResult.UNKNOWN_EXTENSION, store.accounts.login("9999", "admin",
				StoreFixture.ADMIN_PASSWORD.toCharArray(), StoreFixture.POSITIONS));
		assertFailure(LoginResult.UNKNOWN_EXTENSION, store.accounts.login(" ", "admin",
				StoreFixture.ADMIN_PASSWORD.toCharArray(), StoreFixture.POSITIONS));
	}

	@Test
	void f01_disabledAccountIsRefusedOnlyWithTheRightPassword() {
		store.operator();
		store.accounts.updateAccount(store.admin(), "op1", "Operator One", Role.OPERATOR, false);

		assertFailure(LoginResult.WRONG_PASSWORD, store.accounts.login("8001", "op1", "guess-guess".toCharArray(),
				StoreFixture.POSITIONS));
		assertFailure(LoginResult.DISABLED, store.accounts.login("8001", "op1",
				StoreFixture.OPERATOR_PASSWORD.toCharArray(), StoreFixture.POSITIONS));
	}

	@Test
	void f01_everyLoginLogoutAndFailureIsInTheLoginLog() {
		OperatorSession admin = store.admin(); // login at START
		store.clock.advance(Duration.ofMinutes(1));
		store.accounts.login("8001", "admin", "bad-password".toCharArray(), StoreFixture.POSITIONS);
		store.clock.advance(Duration.ofMinutes(1));
		store.accounts.login("8002", "ghost", "bad-password".toCharArray(), StoreFixture.POSITIONS);
		store.clock.advance(Duration.ofMinutes(1));
		OperatorSession second = store.accounts.login("8001", "admin", StoreFixture.ADMIN_PASSWORD.toCharArray(),
				StoreFixture.POSITIONS).session().orElseThrow();
		store.clock.advance(Duration.ofMinutes(1));
		store.accounts.logout(second);
		store.accounts.logout(second); // twice: logged once

		List<LoginRecord> log = store.accounts.loginLog(admin, null, null, "", 100);

		assertEquals(List.of(LoginResult.LOGOUT, LoginResult.SUCCESS, LoginResult.NOT_AN_OPERATOR_POSITION,
				LoginResult.WRONG_PASSWORD, LoginResult.SUCCESS), log.stream().map(LoginRecord::getResult).toList());
		LoginRecord wrong = log.get(3);
		assertEquals("8001", wrong.getExtension());
		assertEquals("admin", wrong.getAccount());
		assertEquals(StoreFixture.START.plus(Duration.ofMinutes(1)), wrong.getTime().toInstant());
		assertEquals("ghost", log.get(2).getAccount(), "the login as typed, even without such an account");
		assertEquals(1, store.accounts.loginLog(admin, null, null, "ghost", 100).size(), "filter by text");
		assertEquals(2, store.accounts.loginLog(admin, StoreFixture.START.plus(Duration.ofMinutes(3)), null, "", 100)
				.size(), "filter by time");
	}

	@Test
	void f01_newPasswordsFollowTheRules() {
		OperatorSession admin = store.admin();
		ValidationException shortOne = assertThrows(ValidationException.class,
				() -> store.accounts.createAccount(admin, "op2", "", Role.OPERATOR, "short".toCharArray()));
		assertTrue(shortOne.has(ProblemCode.INVALID_VALUE));
		ValidationException badLogin = assertThrows(ValidationException.class,
				() -> store.accounts.createAccount(admin, "op 2; DROP TABLE", "", Role.OPERATOR, "long-enough".toCharArray()));
		assertTrue(badLogin.has(ProblemCode.INVALID_VALUE));
		store.accounts.createAccount(admin, "op2", "", Role.OPERATOR, "long-enough".toCharArray());
		ValidationException taken = assertThrows(ValidationException.class,
				() -> store.accounts.createAccount(admin, "OP2", "", Role.OPERATOR, "long-enough".toCharArray()));
		assertTrue(taken.has(ProblemCode.NOT_UNIQUE));
		ValidationException wrongOld = assertThrows(ValidationException.class,
				() -> store.accounts.changePassword(admin, "not-it".toCharArray(), "another-one-1".toCharArray()));
		assertTrue(wrongOld.has(ProblemCode.WRONG_PASSWORD));
	}

	@Test
	void f01_f04_passwordsAreStoredAsSaltedPbkdf2WithAtLeast600000Iterations() {
		OperatorSession admin = store.admin();
		var account = store.accounts.accounts(admin).get(0);
		assertTrue(account.getIterations() >= 600_000);
		assertEquals(null, account.getPasswordHash(), "the hash never leaves the store");
		String[] stored = store.core.database().read(connection -> {
			try (var select = connection.prepareStatement(
					"SELECT password_hash, password_salt FROM operator_account WHERE login_key = 'admin'");
					var rows = select.executeQuery()) {
				rows.next();
				return new String[] { rows.getString(1), rows.getString(2) };
			}
		});
		assertNotEquals(StoreFixture.ADMIN_PASSWORD, stored[0]);
		assertFalse(stored[0].contains(StoreFixture.ADMIN_PASSWORD));
		assertEquals(24, stored[1].length(), "16 random bytes of salt in Base64");

		PasswordHasher hasher = new PasswordHasher(AccountService.PASSWORD_ITERATIONS);
		hasher.hash("warm-up-1".toCharArray());
		long start = System.nanoTime();
		PasswordHasher.Hash hash = hasher.hash("measure-me".toCharArray());
		long millis = (System.nanoTime() - start) / 1_000_000;
		System.out.println("PBKDF2-HMAC-SHA256, " + AccountService.PASSWORD_ITERATIONS + " iterations: " + millis + " ms");
		assertTrue(hasher.matches("measure-me".toCharArray(), hash));
		assertFalse(hasher.matches("measure-mE".toCharArray(), hash));
	}

	private static void assertFailure(LoginResult expected, LoginAttempt attempt) {
		assertEquals(expected, attempt.result(), attempt.message());
		assertFalse(attempt.succeeded());
		assertTrue(attempt.session().isEmpty(), "no session without a successful login");
		assertFalse(attempt.message().isBlank());
	}
}
