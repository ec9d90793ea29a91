package com.switchdesk.store.internal.customer;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * The pinyin of a Chinese character without tone marks ({@code 张} → {@code zhang}, {@code 吕} → {@code lv}),
 * from pinyin4j. A character with several readings gets pinyin4j's first one, except that a name's first
 * character (the surname) gets its reading as a surname where that differs ({@code 单} → {@code shan},
 * {@code 曾} → {@code zeng}, …). Thread-safe; remembers the readings it looked up (pinyin4j parses its table
 * entry on every call).
 */
public final class Pinyin {

	/** Surnames whose reading is not pinyin4j's first reading of the character. */
	private static final Map<Character, String> SURNAMES = Map.ofEntries(Map.entry('单', "shan"),
			Map.entry('曾', "zeng"), Map.entry('解', "xie"), Map.entry('区', "ou"), Map.entry('仇', "qiu"),
			Map.entry('朴', "piao"), Map.entry('查', "zha"), Map.entry('盖', "ge"), Map.entry('乐', "yue"),
			Map.entry('缪', "miao"), Map.entry('覃', "qin"), Map.entry('召', "shao"), Map.entry('种', "chong"),
			Map.entry('秘', "bi"), Map.entry('柏', "bai"), Map.entry('长', "chang"), Map.entry('重', "chong"),
			Map.entry('员', "yun"), Map.entry('藏', "zang"), Map.entry('句', "gou"));

	private static final String NONE = "";

	private final HanyuPinyinOutputFormat format = new HanyuPinyinOutputFormat();
	private final Map<Character, String> readings = new ConcurrentHashMap<>();

	public Pinyin() {
		// configured once here and never changed: safe to share between threads afterwards
		format.setCaseType(HanyuPinyinCaseType.LOWERCASE);
		format.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
		format.setVCharType(HanyuPinyinVCharType.WITH_V);
	}

	/**
	 * @param surname true for the first character of a name
	 * @return the reading in lower case letters, or "" when {@code c} is not a Chinese character
	 */
	public String reading(char c, boolean surname) {
		if (c < 0x3400) {
			return NONE; // below CJK: Latin, digits, punctuation, kana
		}
		if (surname && SURNAMES.containsKey(c)) {
			return SURNAMES.get(c);
		}
		return readings.computeIfAbsent(c, this::lookUp);
	}

	private String lookUp(char c) {
		try {
			String[] all = PinyinHelper.toHanyuPinyinStringArray(c, format);
			return all == null || all.length == 0 ? NONE : all[0];
		} catch (BadHanyuPinyinOutputFormatCombination e) {
			throw new IllegalStateException("lower case without tones is a valid pinyin format", e);
		}
	}
}
