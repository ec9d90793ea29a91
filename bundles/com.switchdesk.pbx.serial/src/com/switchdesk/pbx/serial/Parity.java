package com.switchdesk.pbx.serial;

import java.util.Locale;

/** The parity bit of each character on the line; {@code serial.parity} names it in lower case. */
public enum Parity {
	NONE, EVEN, ODD;

	/** The setting's spelling: {@code none}, {@code even} or {@code odd}. */
	public String settingValue() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The letter in the usual short form, e.g. the N of "8N1". */
	public char letter() {
		return name().charAt(0);
	}

	/**
	 * Parses a setting value, ignoring case and surrounding blanks.
	 *
	 * @throws IllegalArgumentException naming {@code key} and the accepted values
	 */
	public static Parity parse(String key, String value) {
		String v = value.strip().toUpperCase(Locale.ROOT);
		for (Parity p : values()) {
			if (p.name().equals(v)) {
				return p;
			}
		}
		throw new IllegalArgumentException("Setting " + key + " must be none, even or odd, not '" + value + "'");
	}
}
