package com.switchdesk.profile.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

import com.switchdesk.profile.InvalidProfileException;
import com.switchdesk.profile.ProfileProblem;
import com.switchdesk.profile.Profiles;

/** The repository's sample profiles, and copies of them to break in a temporary folder. */
final class SampleProfiles {

	private SampleProfiles() {
	}

	static Path customers() {
		String repo = System.getProperty("switchdesk.repo");
		if (repo == null) {
			throw new IllegalStateException("Set -Dswitchdesk.repo=<repository root> (the pom's surefire argLine does)");
		}
		return Path.of(repo, "product", "customers").toAbsolutePath().normalize();
	}

	/** Copies {@code product/customers/<id>} into {@code into} and returns the copy. */
	static Path copy(String id, Path into) {
		Path source = customers().resolve(id);
		Path target = into.resolve(id);
		try (Stream<Path> files = Files.list(source)) {
			Files.createDirectories(target);
			for (Path file : files.toList()) {
				Files.copy(file, target.resolve(file.getFileName()));
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return target;
	}

	static void append(Path profile, String lines) {
		try {
			Files.writeString(profile.resolve(Profiles.PROFILE_FILE), lines, StandardCharsets.UTF_8,
					StandardOpenOption.APPEND);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Replaces the first line that starts with {@code key=} by {@code key=value}. */
	static void set(Path profile, String key, String value) {
		Path file = profile.resolve(Profiles.PROFILE_FILE);
		try {
			List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
					.map(l -> l.startsWith(key + "=") ? key + "=" + value : l).toList();
			Files.write(file, lines, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The line number (1-based) of {@code key=} in the profile file. */
	static int lineOf(Path profile, String key) {
		try {
			List<String> lines = Files.readAllLines(profile.resolve(Profiles.PROFILE_FILE), StandardCharsets.UTF_8);
			for (int i = 0; i < lines.size(); i++) {
				if (lines.get(i).startsWith(key + "=")) {
					return i + 1;
				}
			}
			throw new AssertionError(key + " is not in " + profile);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Reads a profile that must be invalid and returns its problems. */
	static List<ProfileProblem> problemsOf(Path profile) {
		try {
			Profiles.read(profile);
		} catch (InvalidProfileException e) {
			return e.problems();
		}
		throw new AssertionError(profile + " was accepted, but it is broken");
	}
}
