package com.switchdesk.store.internal.account;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.switchdesk.model.OperatorAccount;
import com.switchdesk.model.Role;
import com.switchdesk.store.OperatorSession;
import com.switchdesk.store.Problem;
import com.switchdesk.store.ProblemCode;
import com.switchdesk.store.ValidationException;
import com.switchdesk.store.internal.Messages;
import com.switchdesk.store.internal.Sessions.Need;
import com.switchdesk.store.internal.StoreCore;
import com.switchdesk.store.internal.db.SqlStates;

/**
 * The administrator's half of {@link com.switchdesk.store.AccountService}: managing accounts. Every change
 * keeps at least one enabled administrator.
 */
abstract class AccountAdministration {

	protected final StoreCore core;
	protected final PasswordHasher hasher;

	AccountAdministration(StoreCore core, PasswordHasher hasher) {
		this.core = Objects.requireNonNull(core);
		this.hasher = hasher;
	}

	public List<OperatorAccount> accounts(OperatorSession session) {
		core.sessions().require(session, Need.ADMINISTRATOR, Messages.get("what.accounts"));
		return core.database().read(AccountTable::all).stream().map(StoredAccount::toModel).toList();
	}

	public OperatorAccount createAccount(OperatorSession session, String login, String displayName, Role role,
			char[] initialPassword) {
		try {
			core.sessions().require(session, Need.ADMINISTRATOR, Messages.get("what.accounts"));
			List<Problem> problems = new ArrayList<>(PasswordRules.checkLogin(login));
			problems.addAll(checkDisplayName(displayName));
			problems.addAll(PasswordRules.checkNewPassword(initialPassword, login));
			if (!problems.isEmpty()) {
				throw new ValidationException(problems);
			}
			PasswordHasher.Hash hash = hasher.hash(initialPassword);
			return core.database().write(connection -> {
				try {
					AccountTable.insert(connection, login, displayName, Objects.requireNonNull(role), hash,
							core.clock().instant());
				} catch (SQLException e) {
					if (SqlStates.DUPLICATE_KEY.equals(e.getSQLState())) {
						throw new ValidationException(new Problem("login", ProblemCode.NOT_UNIQUE,
								Messages.get("account.loginTaken", login.strip())));
					}
					throw e;
				}
				return AccountTable.find(connection, login).orElseThrow().toModel();
			});
		} finally {
			PasswordHasher.wipe(initialPassword);
		}
	}

	public OperatorAccount updateAccount(OperatorSession session, String login, String displayName, Role role,
			boolean enabled) {
		core.sessions().require(session, Need.ADMINISTRATOR, Messages.get("what.accounts"));
		List<Problem> problems = checkDisplayName(displayName);
		if (!problems.isEmpty()) {
			throw new ValidationException(problems);
		}
		boolean[] mustLogInAgain = new boolean[1];
		OperatorAccount updated = core.database().write(connection -> {
			StoredAccount account = existing(connection, login);
			if ((role != Role.ADMINISTRATOR || !enabled) && account.isEnabledAdministrator()) {
				requireAnotherAdministrator(connection, login);
			}
			AccountTable.update(connection, login, displayName, Objects.requireNonNull(role), enabled);
			mustLogInAgain[0] = !enabled || account.role() != role;
			return AccountTable.find(connection, login).orElseThrow().toModel();
		});
		if (mustLogInAgain[0]) {
			// what the open sessions were allowed to do has changed
			core.sessions().closeAll(login);
		}
		return updated;
	}

	public void resetPassword(OperatorSession session, String login, char[] newPassword) {
		try {
			core.sessions().require(session, Need.ADMINISTRATOR, Messages.get("what.accounts"));
			List<Problem> problems = PasswordRules.checkNewPassword(newPassword, login);
			if (!problems.isEmpty()) {
				throw new ValidationException(problems);
			}
			PasswordHasher.Hash hash = hasher.hash(newPassword);
			core.database().write(connection -> {
				existing(connection, login);
				AccountTable.setPassword(connection, login, hash, true);
				return null;
			});
		} finally {
			PasswordHasher.wipe(newPassword);
		}
	}

	public void deleteAccount(OperatorSession session, String login) {
		core.sessions().require(session, Need.ADMINISTRATOR, Messages.get("what.accounts"));
		if (session.login().equalsIgnoreCase(login.strip())) {
			throw new ValidationException(
					new Problem("login", ProblemCode.NOT_ALLOWED, Messages.get("account.cannotDeleteSelf")));
		}
		core.database().write(connection -> {
			if (existing(connection, login).isEnabledAdministrator()) {
				requireAnotherAdministrator(connection, login);
			}
			AccountTable.delete(connection, login);
			return null;
		});
		core.sessions().closeAll(login);
	}

	private static StoredAccount existing(Connection connection, String login) throws SQLException {
		return AccountTable.find(connection, login).orElseThrow(() -> AccountServiceImpl.notFound(login));
	}

	private static void requireAnotherAdministrator(Connection connection, String login) throws SQLException {
		if (AccountTable.enabledAdministratorsOtherThan(connection, login) == 0) {
			throw new ValidationException(
					new Problem("role", ProblemCode.NOT_ALLOWED, Messages.get("account.lastAdministrator")));
		}
	}

	private static List<Problem> checkDisplayName(String displayName) {
		if (displayName != null && displayName.strip().length() > 100) {
			return List.of(new Problem("displayName", ProblemCode.TOO_LONG, Messages.get("field.tooLong", 100)));
		}
		return List.of();
	}
}
