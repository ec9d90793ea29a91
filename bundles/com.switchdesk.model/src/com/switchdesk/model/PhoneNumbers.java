package com.switchdesk.model;

/**
 * Phone numbers in the one form in which they are stored, indexed and compared, so that a caller presented by the
 * PBX as {@code +861012345678} finds the customer card on which it was typed as {@code +86 (10) 1234-5678}.
 * <p>
 * Hand-written, next to the generated model: stateless, thread-safe, never blocks.
 */
public final class PhoneNumbers {

	private PhoneNumbers() {
	}

	/**
	 * Returns {@code number} without the characters people type to make a number readable: white space, dashes,
	 * dots, slashes and parentheses. A {@code +} is kept when it is the first character left, and dropped anywhere
	 * else. Every other character (digits, {@code *}, {@code #}, and anything unexpected) is kept as it is, so that
	 * two different inputs never become the same number by accident.
	 * <p>
	 * Examples: {@code "+86 (10) 1234-5678"} gives {@code "+861012345678"}; {@code " 0 800.123/45 "} gives
	 * {@code "080012345"}; {@code "*72#"} stays {@code "*72#"}.
	 *
	 * @param number a number as typed or as received from the PBX; may be null
	 * @return the normalized number; empty for null or for separators only
	 */
	public static String normalize(String number) {
		if (number == null) {
			return "";
		}
		StringBuilder result = new StringBuilder(number.length());
		for (int i = 0; i < number.length(); i++) {
			char c = number.charAt(i);
			if (isSeparator(c)) {
				continue;
			}
			if (c == '+' && result.length() > 0) {
				continue;
			}
			result.append(c);
		}
		return result.toString();
	}

	private static boolean isSeparator(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '-' || c == '.' || c == '/' || c == '('
				|| c == ')';
	}
}
