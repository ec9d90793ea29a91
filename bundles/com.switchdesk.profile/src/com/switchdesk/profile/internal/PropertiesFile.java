package com.switchdesk.profile.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.switchdesk.profile.ProfileProblem;

/**
 * Reads {@code profile.properties} keeping each key's line number, which {@link java.util.Properties} loses.
 * The syntax is that of Java properties with {@code =} as the only separator, read as UTF-8 (so deployers
 * type Chinese directly): {@code #} or {@code !} comments, a trailing backslash continues a line, and the
 * escapes {@code \n}, {@code \t}, {@code \\} and {@code \}{@code uXXXX} are understood.
 */
final class PropertiesFile {

	/** A key's value and the line it starts on. */
	record Entry(String key, String value, int line) {
	}

	private PropertiesFile() {
	}

	/**
	 * @return the entries in file order, or {@code null} when the file is not UTF-8 text (nothing in it can be
	 *         trusted then); problems (bad encoding, syntax, duplicates) are added to {@code problems}
	 */
	static Map<String, Entry> parse(Path file, List<ProfileProblem> problems) throws IOException {
		String text = decode(file, Files.readAllBytes(file), problems);
		if (text == null) {
			return null;
		}
		Map<String, Entry> entries = new LinkedHashMap<>();
		String[] lines = text.split("\r\n|\r|\n", -1);
		for (int i = 0; i < lines.length; i++) {
			int first = i + 1;
			StringBuilder logical = new StringBuilder(lines[i].stripLeading());
			while (endsWithContinuation(logical) && i + 1 < lines.length) {
				logical.setLength(logical.length() - 1);
				logical.append(lines[++i].stripLeading());
			}
			String line = logical.toString();
			if (line.isBlank() || line.startsWith("#") || line.startsWith("!")) {
				continue;
			}
			int equals = line.indexOf('=');
			if (equals <= 0) {
				problems.add(ProfileProblem.at(file, first, null,
						"expected key=value, found \"" + abbreviate(line) + "\""));
				continue;
			}
			String key = line.substring(0, equals).strip();
			String value = unescape(file, first, key, line.substring(equals + 1).strip(), problems);
			Entry previous = entries.putIfAbsent(key, new Entry(key, value, first));
			if (previous != null) {
				problems.add(ProfileProblem.at(file, first, key, "given twice (also on line " + previous.line() + ")"));
			}
		}
		return entries;
	}

	private static String decode(Path file, byte[] bytes, List<ProfileProblem> problems) {
		CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		try {
			String text = utf8.decode(in).toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		} catch (CharacterCodingException e) {
			// find the line of the first bad byte, so the deployer knows where the other encoding starts
			CharBuffer out = CharBuffer.allocate(bytes.length);
			ByteBuffer again = ByteBuffer.wrap(bytes);
			StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).decode(again, out, true);
			int line = 1 + (int) out.flip().chars().filter(c -> c == '\n').count();
			problems.add(ProfileProblem.at(file, line, null,
					"is not UTF-8 text (saved as GBK or Latin-1?); save the file as UTF-8"));
			return null;
		}
	}

	private static boolean endsWithContinuation(CharSequence line) {
		int backslashes = 0;
		for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
			backslashes++;
		}
		return backslashes % 2 == 1;
	}

	private static String unescape(Path file, int line, String key, String raw, List<ProfileProblem> problems) {
		StringBuilder value = new StringBuilder(raw.length());
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (c != '\\' || i + 1 == raw.length()) {
				value.append(c);
				continue;
			}
			char next = raw.charAt(++i);
			switch (next) {
			case 'n' -> value.append('\n');
			case 't' -> value.append('\t');
			case 'u' -> {
				String hex = raw.substring(i + 1, Math.min(i + 5, raw.length()));
				if (!hex.matches("[0-9a-fA-F]{4}")) {
					problems.add(ProfileProblem.at(file, line, key, "bad escape \\u" + hex + " (expected \\uXXXX)"));
					return value.toString();
				}
				value.append((char) Integer.parseInt(hex, 16));
				i += 4;
			}
			default -> value.append(next);
			}
		}
		return value.toString();
	}

	private static String abbreviate(String text) {
		return text.length() <= 40 ? text : text.substring(0, 40) + "...";
	}
}
