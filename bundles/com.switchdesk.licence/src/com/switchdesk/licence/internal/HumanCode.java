package com.switchdesk.licence.internal;

import java.util.Locale;
import java.util.Optional;

/**
 * Base32 text that people read aloud and type: an alphabet without 0/O and 1/I, written in dash-separated
 * groups. The vendor tool (releng/licence-tool) writes the same format; change both together.
 */
public final class HumanCode {

	/** 24 letters and 8 digits; each character carries 5 bits. */
	public static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
	static final int GROUP = 4;

	private HumanCode() {
	}

	/** Encodes the first {@code chars * 5} bits of {@code data}, padding with zero bits if it is shorter. */
	public static String encode(byte[] data, int chars) {
		StringBuilder text = new StringBuilder(chars);
		for (int c = 0; c < chars; c++) {
			int value = 0;
			for (int b = 0; b < 5; b++) {
				value = value << 1 | bit(data, c * 5 + b);
			}
			text.append(ALPHABET.charAt(value));
		}
		return text.toString();
	}

	/**
	 * Decodes canonical text (see {@link #normalise(String)}) into {@code bytes} bytes. Empty if a character is
	 * outside the alphabet, the text is too short, or a padding bit after the last byte is set: only one
	 * spelling is accepted for each value.
	 */
	public static Optional<byte[]> decode(String text, int bytes) {
		if (text.length() * 5 < bytes * 8) {
			return Optional.empty();
		}
		byte[] out = new byte[bytes];
		for (int c = 0; c < text.length(); c++) {
			int value = ALPHABET.indexOf(text.charAt(c));
			if (value < 0) {
				return Optional.empty();
			}
			for (int b = 0; b < 5; b++) {
				int bitIndex = c * 5 + b;
				boolean set = (value >> (4 - b) & 1) == 1;
				if (bitIndex >= bytes * 8) {
					if (set) {
						return Optional.empty();
					}
				} else if (set) {
					out[bitIndex / 8] |= (byte) (0x80 >>> (bitIndex % 8));
				}
			}
		}
		return Optional.of(out);
	}

	/** Removes dashes and white space and upper-cases, so pasted or hand-typed codes compare equal. */
	public static String normalise(String input) {
		StringBuilder text = new StringBuilder(input.length());
		for (char c : input.toCharArray()) {
			if (c != '-' && !Character.isWhitespace(c)) {
				text.append(c);
			}
		}
		return text.toString().toUpperCase(Locale.ROOT);
	}

	/** @return {@code true} if every character of {@code text} belongs to the alphabet */
	public static boolean isInAlphabet(String text) {
		return text.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
	}

	/** Inserts a dash after every four characters: {@code ABCDEFGH} becomes {@code ABCD-EFGH}. */
	public static String group(String text) {
		StringBuilder grouped = new StringBuilder(text.length() + text.length() / GROUP);
		for (int i = 0; i < text.length(); i++) {
			if (i > 0 && i % GROUP == 0) {
				grouped.append('-');
			}
			grouped.append(text.charAt(i));
		}
		return grouped.toString();
	}

	private static int bit(byte[] data, int index) {
		int byteIndex = index / 8;
		return byteIndex < data.length ? data[byteIndex] >> (7 - index % 8) & 1 : 0;
	}
}
