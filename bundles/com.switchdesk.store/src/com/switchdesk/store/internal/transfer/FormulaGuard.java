package com.switchdesk.store.internal.transfer;

/**
 * Spreadsheet formula injection (CWE-1236). A cell that starts with '=', '+', '-', '@', a tab or a carriage
 * return is run as a formula by spreadsheet programs ({@code =cmd|' /C calc'!A0}). Export writes such a value
 * with one more leading apostrophe; import refuses such a text cell unless it starts with an apostrophe, which
 * is then removed. The two are exact inverses, so exports import back unchanged.
 */
final class FormulaGuard {

	private FormulaGuard() {
	}

	/** @return true when a spreadsheet would run the value as a formula */
	static boolean isFormula(String value) {
		return !value.isEmpty() && isTrigger(value.charAt(0));
	}

	/** @return the value as export writes it */
	static String escape(String value) {
		return needsQuote(value) ? "'" + value : value;
	}

	/** @return the value with one escaping apostrophe removed; unchanged when it has none */
	static String unescape(String value) {
		return value.startsWith("'") && needsQuote(value.substring(1)) ? value.substring(1) : value;
	}

	/** apostrophes, then a trigger character */
	private static boolean needsQuote(String value) {
		int i = 0;
		while (i < value.length() && value.charAt(i) == '\'') {
			i++;
		}
		return i < value.length() && isTrigger(value.charAt(i));
	}

	private static boolean isTrigger(char c) {
		return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
	}
}
