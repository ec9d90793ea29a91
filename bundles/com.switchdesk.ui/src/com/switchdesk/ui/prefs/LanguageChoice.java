package com.switchdesk.ui.prefs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The user interface language this user chose in the console (F42), kept in {@code ~/.switchdesk/language}:
 * the language is fixed when the platform starts, so the launchers read this file and pass it as {@code -nl}
 * (after {@code --language} and {@code SWITCHDESK_LANGUAGE}, before the customer profile's default).
 */
public final class LanguageChoice {

	/** Follow the operating system's language. */
	public static final String SYSTEM = "system";
	public static final List<String> VALUES = List.of(SYSTEM, "en", "zh_CN");

	private final Path file;

	public LanguageChoice(Path home) {
		file = home.resolve(".switchdesk").resolve("language");
	}

	public static LanguageChoice forThisUser() {
		return new LanguageChoice(Path.of(System.getProperty("user.home")));
	}

	public Path file() {
		return file;
	}

	/** @return the saved choice; {@link #SYSTEM} when there is none or the file holds something else */
	public String read() {
		try {
			String saved = Files.readString(file, StandardCharsets.UTF_8).strip();
			return VALUES.contains(saved) ? saved : SYSTEM;
		} catch (IOException e) {
			// none saved, or unreadable: the launchers cannot read it either, so the console does not run in it
			return SYSTEM;
		}
	}

	/** Saves the choice whole or not at all: a launcher never reads half a file. */
	public void write(String language) throws IOException {
		if (!VALUES.contains(language)) {
			throw new IllegalArgumentException("not a language of the console: " + language);
		}
		Files.createDirectories(file.getParent());
		Path written = Files.createTempFile(file.getParent(), "language", ".tmp");
		try {
			// CR LF: the Windows launcher reads it with "set /p", the Linux one drops the CR
			Files.writeString(written, language + "\r\n", StandardCharsets.UTF_8);
			Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(written);
		}
	}
}
