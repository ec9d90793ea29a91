package com.switchdesk.store.internal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.switchdesk.store.AccessDeniedException;
import com.switchdesk.store.OperatorSession;

/**
 * The sessions this console issued and that are still open, and the role checks of every service. Sessions
 * are compared by identity, so a session built by hand is never open.
 */
public final class Sessions {

	/** Who may call an operation. */
	public enum Need {
		/** any open session whose password need not be changed */
		ANY,
		/** an administrator's open session whose password need not be changed */
		ADMINISTRATOR,
		/** any open session, also one that must change its password first */
		OPEN
	}

	private final Set<OperatorSession> open = ConcurrentHashMap.newKeySet();

	public OperatorSession open(OperatorSession session) {
		open.add(session);
		return session;
	}

	/** @return false when the session was not open */
	public boolean close(OperatorSession session) {
		return open.remove(session);
	}

	/** Ends every session of an account, e.g. when it is disabled. */
	public void closeAll(String login) {
		open.removeIf(session -> session.login().equalsIgnoreCase(login));
	}

	/**
	 * @param what the operation, for the message, e.g. "change customers"
	 * @throws AccessDeniedException the session may not do it
	 */
	public void require(OperatorSession session, Need need, String what) {
		if (session == null || !open.contains(session)) {
			throw new AccessDeniedException(Messages.get("access.notLoggedIn", what));
		}
		if (need != Need.OPEN && session.mustChangePassword()) {
			throw new AccessDeniedException(Messages.get("access.changePasswordFirst", what));
		}
		if (need == Need.ADMINISTRATOR && !session.isAdministrator()) {
			throw new AccessDeniedException(Messages.get("access.administratorsOnly", what, session.login()));
		}
	}
}
