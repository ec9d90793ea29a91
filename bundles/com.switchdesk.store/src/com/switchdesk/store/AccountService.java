package com.switchdesk.store;

import java.time.Instant;
import java.util.List;

import com.switchdesk.model.LoginRecord;
import com.switchdesk.model.OperatorAccount;
import com.switchdesk.model.Role;

/**
 * Operator accounts, logins and the login log (F01, F04).
 * <p>
 * Passwords are stored as salted PBKDF2-HMAC-SHA256 hashes ({@value #PASSWORD_ITERATIONS} iterations), never
 * in clear; a login therefore takes a noticeable fraction of a second on purpose. Password arrays passed in are
 * overwritten with zeros once used.
 * <p>
 * On the first start of an empty database the store creates the administrator {@value #INITIAL_ADMIN_LOGIN}
 * with the password {@value #INITIAL_ADMIN_PASSWORD}, which must be changed at the first login.
 * <p>
 * Methods marked <i>administrator</i> throw {@link AccessDeniedException} for an operator's session. Accounts
 * returned never carry the password hash or salt.
 */
public interface AccountService {

	String INITIAL_ADMIN_LOGIN = "admin";
	String INITIAL_ADMIN_PASSWORD = "admin";
	int PASSWORD_ITERATIONS = 600_000;
	int MIN_PASSWORD_LENGTH = 8;

	/**
	 * Checks the extension, the account and the password, in this order, and writes one line to the login log
	 * whatever the result. A disabled account is reported as such only when its password is right, so that the
	 * answer tells a password guesser nothing.
	 *
	 * @param extension the operator extension typed in the dialog, e.g. "8000"
	 * @param login     the account's login (case does not matter)
	 * @param password  the password; zeroed before the method returns
	 * @param positions the PBX's answer for the extension
	 * @return the result; a session only on success
	 */
	LoginAttempt login(String extension, String login, char[] password, OperatorPositions positions);

	/** Ends the session and writes the logout to the login log; ending an ended session does nothing. */
	void logout(OperatorSession session);

	/**
	 * Changes the session's own password. Allowed also (and only) while {@link OperatorSession#mustChangePassword}.
	 *
	 * @return the new session, with {@code mustChangePassword} false; the old one is ended
	 * @throws ValidationException the old password is wrong, or the new one is too short
	 *                             ({@value #MIN_PASSWORD_LENGTH} characters at least), equals the login or the old
	 *                             password
	 */
	OperatorSession changePassword(OperatorSession session, char[] oldPassword, char[] newPassword);

	/** <i>Administrator</i>: every account, sorted by login. */
	List<OperatorAccount> accounts(OperatorSession session);

	/**
	 * <i>Administrator</i>: a new, enabled account that must change its password at its first login.
	 *
	 * @throws ValidationException the login is empty, too long, not made of letters, digits, '.', '_' and '-',
	 *                             or taken; the password is too short
	 */
	OperatorAccount createAccount(OperatorSession session, String login, String displayName, Role role,
			char[] initialPassword);

	/**
	 * <i>Administrator</i>: changes display name, role and enabled flag of an account. Open sessions of that
	 * account at this console end when it is disabled or its role changes.
	 *
	 * @throws ValidationException no such account, or the change would leave no enabled administrator
	 */
	OperatorAccount updateAccount(OperatorSession session, String login, String displayName, Role role,
			boolean enabled);

	/** <i>Administrator</i>: sets a new password that the account must change at its next login. */
	void resetPassword(OperatorSession session, String login, char[] newPassword);

	/**
	 * <i>Administrator</i>: deletes an account; its lines in the login log stay.
	 *
	 * @throws ValidationException no such account, it is the session's own account, or it is the last enabled
	 *                             administrator
	 */
	void deleteAccount(OperatorSession session, String login);

	/**
	 * <i>Administrator</i>: the login log, newest first.
	 *
	 * @param from  the earliest time, inclusive; null for no limit
	 * @param to    the latest time, exclusive; null for no limit
	 * @param text  only lines whose extension or account contains this text; "" for all
	 * @param limit at most this many lines (1 to 10,000)
	 */
	List<LoginRecord> loginLog(OperatorSession session, Instant from, Instant to, String text, int limit);
}
