package com.switchdesk.profile;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing wrong with a customer profile, precise enough for a deployer to fix it without guessing.
 *
 * @param file    the file at fault (the profile's {@code profile.properties}, an image, or the folder itself)
 * @param line    the line in {@code file}, 1-based, or 0 when the problem is not on one line
 * @param key     the {@code profile.properties} key concerned, or empty
 * @param message what is wrong and what is expected, in English (deployers' language of the build)
 */
public record ProfileProblem(Path file, int line, Optional<String> key, String message) {

	/** @throws NullPointerException if a component is {@code null} */
	public ProfileProblem {
		Objects.requireNonNull(file, "file");
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(message, "message");
	}

	/** A problem of a whole file or folder, not of one line. */
	public static ProfileProblem of(Path file, String message) {
		return new ProfileProblem(file, 0, Optional.empty(), message);
	}

	/** A problem of one key on one line of {@code profile.properties}. */
	public static ProfileProblem at(Path file, int line, String key, String message) {
		return new ProfileProblem(file, line, Optional.ofNullable(key), message);
	}

	/** @return {@code file:line: key: message}, leaving out the parts that do not apply */
	@Override
	public String toString() {
		StringBuilder text = new StringBuilder(file.toString());
		if (line > 0) {
			text.append(':').append(line);
		}
		text.append(": ");
		key.ifPresent(k -> text.append(k).append(": "));
		return text.append(message).toString();
	}
}
