package com.switchdesk.store.internal.customer;

import java.util.List;
import java.util.Locale;

/**
 * The search columns of a customer, computed whenever it is written:
 * <ul>
 * <li>{@code nameKey}: the name in lower case (prefix search);</li>
 * <li>{@code pinyinFull}: the name's pinyin, letters only ({@code 张三丰} → {@code zhangsanfeng},
 * {@code John Smith} → {@code johnsmith});</li>
 * <li>{@code pinyinInitials}: the first letter of each Chinese character and of each Latin word
 * ({@code zsf}, {@code js});</li>
 * <li>{@code searchText}: name, company and numbers in lower case, one per line (any-part search).</li>
 * </ul>
 */
public record SearchKeys(String nameKey, String pinyinFull, String pinyinInitials, String searchText) {

	private static final int MAX_FULL = 400;
	private static final int MAX_INITIALS = 100;
	private static final int MAX_TEXT = 1000;

	/**
	 * @param numbers the customer's numbers, normalized
	 */
	public static SearchKeys of(Pinyin pinyin, String name, String company, List<String> numbers) {
		String nameKey = key(name);
		StringBuilder full = new StringBuilder();
		StringBuilder initials = new StringBuilder();
		boolean inWord = false;
		boolean first = true;
		for (int i = 0; i < nameKey.length(); i++) {
			char c = nameKey.charAt(i);
			String reading = pinyin.reading(c, first);
			if (!reading.isEmpty()) {
				full.append(reading);
				initials.append(reading.charAt(0));
				inWord = false;
			} else if (Character.isLetterOrDigit(c) && c < 0x3400) {
				full.append(c);
				if (!inWord) {
					initials.append(c);
				}
				inWord = true;
			} else {
				inWord = false;
			}
			first &= Character.isWhitespace(c);
		}
		StringBuilder text = new StringBuilder(nameKey).append('\n').append(key(company));
		for (String number : numbers) {
			text.append('\n').append(number);
		}
		return new SearchKeys(nameKey, clip(full, MAX_FULL), clip(initials, MAX_INITIALS), clip(text, MAX_TEXT));
	}

	/** @return the text as compared by searches: stripped, lower case */
	public static String key(String text) {
		return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
	}

	/** @return a normalized number backwards, so that its end can be searched as a prefix */
	public static String reversed(String normalized) {
		return new StringBuilder(normalized).reverse().toString();
	}

	private static String clip(CharSequence text, int max) {
		return text.length() <= max ? text.toString() : text.subSequence(0, max).toString();
	}
}
