package com.switchdesk.store;

import java.util.Optional;

import com.switchdesk.model.LoginResult;

/**
 * What a {@link AccountService#login login} gave: a session when the result is
 * {@link LoginResult#SUCCESS}, and in every case a message for the login dialog.
 *
 * @param result  why the login succeeded or failed, as written to the login log
 * @param session the new session; present only on success
 * @param message a sentence for the operator in the default locale, for example "Wrong password."
 */
public record LoginAttempt(LoginResult result, Optional<OperatorSession> session, String message) {

	public boolean succeeded() {
		return result == LoginResult.SUCCESS;
	}
}
