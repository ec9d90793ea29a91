package com.switchdesk.store.internal.account;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;

import com.switchdesk.model.Role;
import com.switchdesk.store.AccountService;
import com.switchdesk.store.internal.db.Database;
import com.switchdesk.store.internal.db.SqlStates;

/**
 * The first start: a database without accounts gets the administrator {@code admin} with the well-known
 * password {@code admin}, which must be changed at the first login. Safe when two consoles start at once on a
 * shared database: the unique login refuses the second.
 */
public final class InitialAdministrator {

	private InitialAdministrator() {
	}

	public static void ensure(Database database, Clock clock) {
		boolean empty = database.read(AccountTable::isEmpty);
		if (!empty) {
			return;
		}
		char[] password = AccountService.INITIAL_ADMIN_PASSWORD.toCharArray();
		PasswordHasher.Hash hash = new PasswordHasher(AccountService.PASSWORD_ITERATIONS).hash(password);
		database.write(connection -> {
			insertUnlessTaken(connection, hash, clock);
			return null;
		});
	}

	private static void insertUnlessTaken(Connection connection, PasswordHasher.Hash hash, Clock clock)
			throws SQLException {
		try {
			AccountTable.insert(connection, AccountService.INITIAL_ADMIN_LOGIN, "Administrator", Role.ADMINISTRATOR, hash,
					clock.instant());
		} catch (SQLException e) {
			if (!SqlStates.DUPLICATE_KEY.equals(e.getSQLState())) {
				throw e;
			}
			// another console created it at the same moment: fine
		}
	}
}
