package com.switchdesk.product.tests;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Decides whether a Chinese value was really translated. A value passes when it has Chinese characters,
 * or when nothing alphabetic is left after removing what needs no translation: placeholders ({0}),
 * mnemonics (&amp;F), numbers, and the words of {@link #ALLOWED} (product names, units and technical
 * tokens an operator sees in English in Chinese software too).
 */
final class ChineseText {

	/** Words that stay as they are in Chinese text. Add here only what is really not translated. */
	static final List<String> ALLOWED = List.of("SwitchDesk", "PBX", "Java", "Derby", "CSV", "vCard", "GBK",
			"UTF-8", "USB", "COM", "DND", "ID", "IP", "OK", "PC", "CSTA", "RS-232", "Ctrl", "Alt", "Shift", "Enter",
			"Esc", "Tab");

	private static final Pattern HAN = Pattern.compile("[\\u3400-\\u4dbf\\u4e00-\\u9fff]");
	private static final Pattern LETTER = Pattern.compile("\\p{IsAlphabetic}");
	private static final Pattern NEEDS_NO_TRANSLATION = Pattern.compile(
			"\\{\\d+[^}]*\\}|&\\p{Alnum}|\\bF\\d{1,2}\\b|\\d+|" + String.join("|",
					ALLOWED.stream().map(w -> "\\b" + Pattern.quote(w) + "\\b").toList()));

	private ChineseText() {
	}

	/** @return true if {@code chinese} is a translation (or needs none) of {@code english} */
	static boolean isTranslated(String english, String chinese) {
		if (HAN.matcher(chinese).find()) {
			return true;
		}
		String rest = NEEDS_NO_TRANSLATION.matcher(chinese).replaceAll("");
		if (!LETTER.matcher(rest).find()) {
			return true;
		}
		// Latin letters left: fine only if the English has none either (e.g. both are symbols)
		return !LETTER.matcher(NEEDS_NO_TRANSLATION.matcher(english).replaceAll("")).find();
	}
}
