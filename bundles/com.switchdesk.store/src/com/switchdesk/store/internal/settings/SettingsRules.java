package com.switchdesk.store.internal.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.switchdesk.model.PhoneNumbers;
import com.switchdesk.model.Settings;
import com.switchdesk.store.Problem;
import com.switchdesk.store.ProblemCode;
import com.switchdesk.store.internal.Messages;

/** The rules of {@link com.switchdesk.store.SettingsService}. */
final class SettingsRules {

	private static final Pattern TONE = Pattern.compile("[A-Za-z0-9._-]{0,64}");
	private static final Pattern DIGITS = Pattern.compile("[0-9*#]{0,32}");
	private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");

	private SettingsRules() {
	}

	static List<Problem> check(Settings s) {
		List<Problem> problems = new ArrayList<>();
		length(problems, "companyName", s.getCompanyName(), 64);
		length(problems, "companyDescription", s.getCompanyDescription(), 200);
		if (s.getPopupMode() == null) {
			problems.add(new Problem("popupMode", ProblemCode.REQUIRED, Messages.get("settings.required")));
		}
		pattern(problems, "internalRingtone", s.getInternalRingtone(), TONE, "settings.ringtoneInvalid");
		speedKey(problems, 1, s.getSpeedKey1Label(), s.getSpeedKey1Digits());
		speedKey(problems, 2, s.getSpeedKey2Label(), s.getSpeedKey2Digits());
		digits(problems, "defaultForwardNumber", s.getDefaultForwardNumber());
		range(problems, "operatorGroupNumber", s.getOperatorGroupNumber(), 9999);
		range(problems, "dayMemberIndex", s.getDayMemberIndex(), 255);
		range(problems, "nightMemberIndex", s.getNightMemberIndex(), 255);
		pattern(problems, "language", s.getLanguage(), LANGUAGE, "settings.languageInvalid");
		return problems;
	}

	private static void speedKey(List<Problem> problems, int key, String label, String digits) {
		length(problems, "speedKey" + key + "Label", label, 16);
		String field = "speedKey" + key + "Digits";
		String normalized = PhoneNumbers.normalize(digits);
		digits(problems, field, digits);
		if (label != null && !label.isBlank() && normalized.isEmpty()) {
			problems.add(new Problem(field, ProblemCode.REQUIRED, Messages.get("settings.speedKeyNeedsDigits", key)));
		}
	}

	/** Spaces and dashes may group the digits; the message quotes what the administrator typed. */
	private static void digits(List<Problem> problems, String field, String typed) {
		String normalized = PhoneNumbers.normalize(typed);
		if (normalized != null && !normalized.isEmpty() && !DIGITS.matcher(normalized).matches()) {
			problems.add(new Problem(field, ProblemCode.INVALID_VALUE,
					Messages.get("settings.digitsInvalid", typed.strip())));
		}
	}

	private static void length(List<Problem> problems, String field, String value, int max) {
		if (value != null && value.strip().length() > max) {
			problems.add(new Problem(field, ProblemCode.TOO_LONG, Messages.get("field.tooLong", max)));
		}
	}

	private static void pattern(List<Problem> problems, String field, String value, Pattern pattern, String message) {
		if (value != null && !value.isEmpty() && !pattern.matcher(value).matches()) {
			problems.add(new Problem(field, ProblemCode.INVALID_VALUE, Messages.get(message, value)));
		}
	}

	private static void range(List<Problem> problems, String field, int value, int max) {
		if (value < 0 || value > max) {
			problems.add(new Problem(field, ProblemCode.INVALID_VALUE, Messages.get("settings.range", 0, max)));
		}
	}
}
