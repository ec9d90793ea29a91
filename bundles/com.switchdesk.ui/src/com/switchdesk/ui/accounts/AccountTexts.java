package com.switchdesk.ui.accounts;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Date;
import java.util.Locale;

import com.switchdesk.model.LoginResult;
import com.switchdesk.model.Role;

/** Roles, login results and times as the accounts view shows them. */
final class AccountTexts {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT,
			FormatStyle.MEDIUM);

	private AccountTexts() {
	}

	static String role(Role role) {
		return role == Role.ADMINISTRATOR ? Messages.Role_ADMINISTRATOR : Messages.Role_OPERATOR;
	}

	static String result(LoginResult result) {
		return switch (result) {
		case SUCCESS -> Messages.Result_SUCCESS;
		case WRONG_PASSWORD -> Messages.Result_WRONG_PASSWORD;
		case UNKNOWN_ACCOUNT -> Messages.Result_UNKNOWN_ACCOUNT;
		case NOT_AN_OPERATOR_POSITION -> Messages.Result_NOT_AN_OPERATOR_POSITION;
		case UNKNOWN_EXTENSION -> Messages.Result_UNKNOWN_EXTENSION;
		case LOGOUT -> Messages.Result_LOGOUT;
		case DISABLED -> Messages.Result_DISABLED;
		};
	}

	static String time(Date date) {
		return date == null ? "" : TIME.withLocale(Locale.getDefault()).format(date.toInstant()
				.atZone(ZoneId.systemDefault()));
	}
}
