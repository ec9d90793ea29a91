package com.switchdesk.profile.internal;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every key a {@code profile.properties} may hold, with the rule its value must follow. A key that is not
 * here is an error, so a typo ({@code serial.buad}) is caught at build time instead of being silently
 * ignored on site. docs/deploying.md documents the same list; add new keys to both.
 */
final class ProfileKeys {

	static final String ID = "id";
	static final String PRODUCT_NAME = "product.name";
	static final String ABOUT_TEXT = "about.text";
	static final String VENDOR_CONTACT = "vendor.contact";
	static final String LANGUAGE = "language";
	static final String LOGO = "image.logo";
	static final String SPLASH = "image.splash";
	static final String ICONS = "image.icons";
	static final String COMPANY_NAME = "company.name";
	static final String COMPANY_DESCRIPTION = "company.description";
	static final String POPUP = "popup.mode";
	static final String RINGTONES = "ringtones";
	static final String CONNECTOR = "pbx.connector";
	static final String SERIAL_PORT = "serial.port";
	static final String CHINESE = "_zh_CN";

	/** Keys whose value may also be given in Simplified Chinese as {@code key_zh_CN}. */
	static final Set<String> LOCALIZED = Set.of(PRODUCT_NAME, ABOUT_TEXT, VENDOR_CONTACT);
	static final List<String> REQUIRED = List.of(ID, PRODUCT_NAME, VENDOR_CONTACT);
	static final List<String> CONNECTION_KEYS = List.of(SERIAL_PORT, "serial.baud", "serial.dataBits",
			"serial.parity", "serial.stopBits", "sim.trafficPerMinute", "sim.extensions", "sim.park");
	static final List<String> IMAGE_KEYS = List.of(LOGO, SPLASH, ICONS);

	/** A value rule: an error message completing "key: ...", or empty when the value is fine. */
	private interface Rule {
		Optional<String> check(String value);
	}

	private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
	private static final Pattern DIGITS = Pattern.compile("[0-9*#]{1,24}");
	private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9._-]+\\.png");
	private static final Pattern BOOLEAN = Pattern.compile("true|false|on|off|yes|no");
	private static final Map<String, Rule> RULES = new LinkedHashMap<>();

	static {
		RULES.put(ID, v -> matches(v, SLUG, "lower-case letters, digits and dashes, e.g. grand-hotel"));
		text(PRODUCT_NAME, 60, true);
		text(ABOUT_TEXT, 2000, false);
		text(VENDOR_CONTACT, 300, false);
		RULES.put(LANGUAGE, v -> oneOf(v, "system", "en", "zh_CN"));
		RULES.put(LOGO, v -> matches(v, FILE_NAME, "a PNG file name in the profile folder, e.g. logo.png"));
		RULES.put(SPLASH, v -> matches(v, FILE_NAME, "a PNG file name in the profile folder, e.g. splash.png"));
		RULES.put(ICONS, v -> iconList(v));
		text(COMPANY_NAME, 60, true);
		text(COMPANY_DESCRIPTION, 200, true);
		RULES.put(POPUP, v -> oneOf(v, "off", "on", "flash"));
		RULES.put(RINGTONES, v -> matches(v, BOOLEAN, "on or off"));
		for (String n : List.of("1", "2")) {
			text("speedkey." + n + ".label", 16, true);
			RULES.put("speedkey." + n + ".digits", v -> matches(v, DIGITS, "up to 24 of 0-9, * and #"));
		}
		RULES.put(CONNECTOR, v -> oneOf(v, "sim", "serial"));
		RULES.put(SERIAL_PORT, v -> v.isBlank() || v.contains(" ") ? Optional.of("a port such as /dev/ttyUSB0 or COM3")
				: Optional.empty());
		RULES.put("serial.baud", v -> number(v, 50, 4_000_000));
		RULES.put("serial.dataBits", v -> number(v, 5, 8));
		RULES.put("serial.parity", v -> oneOf(v, "none", "even", "odd"));
		RULES.put("serial.stopBits", v -> oneOf(v, "1", "2"));
		RULES.put("sim.trafficPerMinute", v -> number(v, 0, 600));
		RULES.put("sim.extensions", v -> number(v, 0, 10_000));
		RULES.put("sim.park", v -> matches(v, BOOLEAN, "true or false"));
	}

	private ProfileKeys() {
	}

	static boolean known(String key) {
		return RULES.containsKey(key) || key.endsWith(CHINESE) && LOCALIZED.contains(base(key));
	}

	/** @return what is wrong with the value of a known key, or empty */
	static Optional<String> check(String key, String value) {
		return RULES.get(base(key)).check(value);
	}

	static String base(String key) {
		return key.endsWith(CHINESE) ? key.substring(0, key.length() - CHINESE.length()) : key;
	}

	static boolean isOn(String value) {
		return value.equals("true") || value.equals("on") || value.equals("yes");
	}

	/** @return the known key a typo most likely meant, if one is close */
	static Optional<String> nearest(String unknown) {
		return RULES.keySet().stream().filter(k -> distance(k, unknown) <= 2)
				.min(Comparator.comparingInt(k -> distance(k, unknown)));
	}

	private static void text(String key, int maxLength, boolean singleLine) {
		RULES.put(key, v -> v.length() > maxLength ? Optional.of("longer than " + maxLength + " characters")
				: singleLine && v.contains("\n") ? Optional.of("must be one line") : Optional.empty());
	}

	private static Optional<String> matches(String value, Pattern pattern, String expected) {
		return pattern.matcher(value).matches() ? Optional.empty()
				: Optional.of("\"" + value + "\" is not valid; expected " + expected);
	}

	private static Optional<String> oneOf(String value, String... allowed) {
		return List.of(allowed).contains(value) ? Optional.empty()
				: Optional.of("\"" + value + "\" is not one of " + String.join(", ", allowed));
	}

	private static Optional<String> number(String value, long min, long max) {
		try {
			long n = Long.parseLong(value);
			return n >= min && n <= max ? Optional.empty()
					: Optional.of(value + " is out of range; expected " + min + "-" + max);
		} catch (NumberFormatException e) {
			return Optional.of("\"" + value + "\" is not a whole number; expected " + min + "-" + max);
		}
	}

	private static Optional<String> iconList(String value) {
		List<String> names = splitList(value);
		if (names.isEmpty()) {
			return Optional.of("no file named; expected PNG file names separated by commas");
		}
		return names.stream().map(n -> matches(n, FILE_NAME, "PNG file names separated by commas"))
				.flatMap(Optional::stream).findFirst();
	}

	static List<String> splitList(String value) {
		return List.of(value.split("[,\\s]+")).stream().filter(s -> !s.isEmpty()).toList();
	}

	private static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}
}
