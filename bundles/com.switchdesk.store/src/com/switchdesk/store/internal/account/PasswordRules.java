package com.switchdesk.store.internal.account;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.switchdesk.store.AccountService;
import com.switchdesk.store.Problem;
import com.switchdesk.store.ProblemCode;
import com.switchdesk.store.internal.Messages;

/** What a login and a new password must look like. */
final class PasswordRules {

	private static final Pattern LOGIN = Pattern.compile("[A-Za-z0-9._-]{1,64}");
	private static final int MAX_PASSWORD_LENGTH = 128;

	private PasswordRules() {
	}

	static List<Problem> checkLogin(String login) {
		List<Problem> problems = new ArrayList<>();
		if (login == null || login.isBlank()) {
			problems.add(new Problem("login", ProblemCode.REQUIRED, Messages.get("account.loginRequired")));
		} else if (!LOGIN.matcher(login.strip()).matches()) {
			problems.add(new Problem("login", ProblemCode.INVALID_VALUE, Messages.get("account.loginInvalid")));
		}
		return problems;
	}

	/** @param login the account's login, which the password must not equal */
	static List<Problem> checkNewPassword(char[] password, String login) {
		List<Problem> problems = new ArrayList<>();
		String field = "password";
		if (password == null || password.length < AccountService.MIN_PASSWORD_LENGTH) {
			problems.add(new Problem(field, ProblemCode.INVALID_VALUE,
					Messages.get("account.passwordTooShort", AccountService.MIN_PASSWORD_LENGTH)));
		} else if (password.length > MAX_PASSWORD_LENGTH) {
			problems.add(new Problem(field, ProblemCode.TOO_LONG, Messages.get("account.passwordTooLong", MAX_PASSWORD_LENGTH)));
		} else if (login != null && sameIgnoringCase(password, login.strip())) {
			problems.add(new Problem(field, ProblemCode.INVALID_VALUE, Messages.get("account.passwordIsLogin")));
		}
		return problems;
	}

	/** Compares without making a String of the password, which would linger in memory. */
	private static boolean sameIgnoringCase(char[] password, String text) {
		if (password.length != text.length()) {
			return false;
		}
		for (int i = 0; i < password.length; i++) {
			if (Character.toLowerCase(password[i]) != Character.toLowerCase(text.charAt(i))) {
				return false;
			}
		}
		return true;
	}
}
