package com.switchdesk.store;

/**
 * One reason why input was refused.
 *
 * @param field   the field it is about, e.g. "name", "numbers[1]", "email"; "" when about the whole object
 * @param code    a stable code to test or to translate in the UI
 * @param message a sentence for the user in the default locale
 */
public record Problem(String field, ProblemCode code, String message) {

	@Override
	public String toString() {
		return field.isEmpty() ? message : field + ": " + message;
	}
}
