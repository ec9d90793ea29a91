package com.switchdesk.store;

import java.time.Instant;
import java.util.Objects;

import com.switchdesk.model.Role;

/**
 * Who is logged in at this console: the proof of a successful {@link AccountService#login login} that the
 * services ask for. Only sessions issued by the running {@link AccountService} and not yet logged out are
 * accepted; constructing one does not log anybody in.
 * <p>
 * Immutable; compared by identity. Changing the password gives a new session
 * ({@link AccountService#changePassword}) and ends this one.
 *
 * @param login              the account's login, as stored
 * @param displayName        the account's display name, "" when none
 * @param role               what the account may do
 * @param extension          the operator position the login was made at
 * @param startedAt          when the login succeeded
 * @param mustChangePassword true when the password must be changed before anything else
 */
public final class OperatorSession {

	private final String login;
	private final String displayName;
	private final Role role;
	private final String extension;
	private final Instant startedAt;
	private final boolean mustChangePassword;

	public OperatorSession(String login, String displayName, Role role, String extension, Instant startedAt,
			boolean mustChangePassword) {
		this.login = Objects.requireNonNull(login);
		this.displayName = Objects.requireNonNullElse(displayName, "");
		this.role = Objects.requireNonNull(role);
		this.extension = Objects.requireNonNull(extension);
		this.startedAt = Objects.requireNonNull(startedAt);
		this.mustChangePassword = mustChangePassword;
	}

	public String login() {
		return login;
	}

	public String displayName() {
		return displayName;
	}

	public Role role() {
		return role;
	}

	public boolean isAdministrator() {
		return role == Role.ADMINISTRATOR;
	}

	public String extension() {
		return extension;
	}

	public Instant startedAt() {
		return startedAt;
	}

	/** True after a login with an initial or reset password: the UI must ask for a new one at once. */
	public boolean mustChangePassword() {
		return mustChangePassword;
	}

	@Override
	public String toString() {
		return login + " (" + role + ") at " + extension;
	}
}
