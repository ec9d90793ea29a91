package com.switchdesk.store.internal.account;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.switchdesk.model.LoginRecord;
import com.switchdesk.model.LoginResult;
import com.switchdesk.store.AccountService;
import com.switchdesk.store.LoginAttempt;
import com.switchdesk.store.OperatorPositions;
import com.switchdesk.store.OperatorPositions.Position;
import com.switchdesk.store.OperatorSession;
import com.switchdesk.store.Problem;
import com.switchdesk.store.ProblemCode;
import com.switchdesk.store.ValidationException;
import com.switchdesk.store.internal.Messages;
import com.switchdesk.store.internal.Sessions.Need;
import com.switchdesk.store.internal.StoreCore;

/** Logins, password changes and the login log; account management is in {@link AccountAdministration}. */
@Component(service = AccountService.class)
public final class AccountServiceImpl extends AccountAdministration implements AccountService {

	private PasswordHasher.Hash decoy; // guarded by this: hashed once, for logins with an unknown account

	@Activate
	public AccountServiceImpl(@Reference StoreCore core) {
		super(core, new PasswordHasher(PASSWORD_ITERATIONS));
	}

	/** For tests: a cheaper hash. */
	public AccountServiceImpl(StoreCore core, int iterations) {
		super(core, new PasswordHasher(iterations));
	}

	@Override
	public LoginAttempt login(String extension, String login, char[] password, OperatorPositions positions) {
		String position = extension == null ? "" : extension.strip();
		String account = login == null ? "" : login.strip();
		try {
			Optional<StoredAccount> found = Optional.empty();
			LoginResult result = checkPosition(position, positions);
			if (result == null) {
				found = core.database().read(connection -> AccountTable.find(connection, account));
				result = checkAccount(found, password);
			}
			Instant now = core.clock().instant();
			LoginResult logged = result;
			Optional<StoredAccount> rehash = found.filter(a -> logged == LoginResult.SUCCESS
					&& a.password().iterations() < hasher.iterations());
			PasswordHasher.Hash newHash = rehash.isPresent() ? hasher.hash(password) : null;
			core.database().write(connection -> {
				LoginLogTable.append(connection, now, position, account, logged);
				if (newHash != null) {
					AccountTable.setPassword(connection, account, newHash, rehash.get().mustChangePassword());
				}
				return null;
			});
			if (result != LoginResult.SUCCESS) {
				return new LoginAttempt(result, Optional.empty(), Messages.get("login." + result.getName()));
			}
			StoredAccount stored = found.orElseThrow();
			OperatorSession session = core.sessions().open(new OperatorSession(stored.login(), stored.displayName(),
					stored.role(), position, now, stored.mustChangePassword()));
			String message = Messages.get(stored.mustChangePassword() ? "login.mustChangePassword" : "login.SUCCESS");
			return new LoginAttempt(result, Optional.of(session), message);
		} finally {
			PasswordHasher.wipe(password);
		}
	}

	private static LoginResult checkPosition(String extension, OperatorPositions positions) {
		if (extension.isEmpty()) {
			return LoginResult.UNKNOWN_EXTENSION;
		}
		Position position = positions.check(extension);
		return switch (position == null ? Position.UNKNOWN_EXTENSION : position) {
			case UNKNOWN_EXTENSION -> LoginResult.UNKNOWN_EXTENSION;
			case OTHER_EXTENSION -> LoginResult.NOT_AN_OPERATOR_POSITION;
			case OPERATOR_POSITION -> null;
		};
	}

	private LoginResult checkAccount(Optional<StoredAccount> found, char[] password) {
		if (found.isEmpty()) {
			hasher.matches(password, decoy()); // as slow as a real check: the time tells nothing
			return LoginResult.UNKNOWN_ACCOUNT;
		}
		if (!hasher.matches(password, found.get().password())) {
			return LoginResult.WRONG_PASSWORD;
		}
		return found.get().enabled() ? LoginResult.SUCCESS : LoginResult.DISABLED;
	}

	private synchronized PasswordHasher.Hash decoy() {
		if (decoy == null) {
			decoy = hasher.hash("not a password".toCharArray());
		}
		return decoy;
	}

	@Override
	public void logout(OperatorSession session) {
		if (session != null && core.sessions().close(session)) {
			core.database().write(connection -> {
				LoginLogTable.append(connection, core.clock().instant(), session.extension(), session.login(),
						LoginResult.LOGOUT);
				return null;
			});
		}
	}

	@Override
	public OperatorSession changePassword(OperatorSession session, char[] oldPassword, char[] newPassword) {
		try {
			core.sessions().require(session, Need.OPEN, Messages.get("what.changePassword"));
			StoredAccount account = core.database().read(c -> AccountTable.find(c, session.login()))
					.orElseThrow(() -> notFound(session.login()));
			List<Problem> problems = new ArrayList<>(PasswordRules.checkNewPassword(newPassword, session.login()));
			if (!hasher.matches(oldPassword, account.password())) {
				problems.add(0, new Problem("oldPassword", ProblemCode.WRONG_PASSWORD, Messages.get("login.WRONG_PASSWORD")));
			} else if (Arrays.equals(oldPassword, newPassword)) {
				problems.add(new Problem("password", ProblemCode.INVALID_VALUE, Messages.get("account.passwordUnchanged")));
			}
			if (!problems.isEmpty()) {
				throw new ValidationException(problems);
			}
			PasswordHasher.Hash hash = hasher.hash(newPassword);
			core.database().write(connection -> {
				AccountTable.setPassword(connection, session.login(), hash, false);
				return null;
			});
			core.sessions().close(session);
			return core.sessions().open(new OperatorSession(session.login(), session.displayName(), session.role(),
					session.extension(), session.startedAt(), false));
		} finally {
			PasswordHasher.wipe(oldPassword);
			PasswordHasher.wipe(newPassword);
		}
	}

	@Override
	public List<LoginRecord> loginLog(OperatorSession session, Instant from, Instant to, String text, int limit) {
		core.sessions().require(session, Need.ADMINISTRATOR, Messages.get("what.loginLog"));
		int rows = Math.max(1, Math.min(limit, 10_000));
		return core.database().read(c -> LoginLogTable.query(c, from, to, text == null ? "" : text, rows));
	}

	static ValidationException notFound(String login) {
		return new ValidationException(
				new Problem("login", ProblemCode.NOT_FOUND, Messages.get("account.notFound", login)));
	}
}
