package com.switchdesk.licence.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.util.Optional;

/** Keeps each value in its own small file in one folder (created on first write). */
public final class FileValueStore implements ValueStore {

	private final Path folder;

	public FileValueStore(Path folder) {
		this.folder = Objects.requireNonNull(folder, "folder");
	}

	@Override
	public Optional<String> read(String key) throws IOException {
		try {
			return Optional.of(Files.readString(file(key), StandardCharsets.UTF_8));
		} catch (NoSuchFileException e) {
			return Optional.empty();
		}
	}

	@Override
	public void write(String key, String value) throws IOException {
		Files.createDirectories(folder);
		// write beside and rename, so a crash mid-write leaves the old value rather than half a new one
		Path temporary = Files.createTempFile(folder, key, ".tmp");
		try {
			Files.writeString(temporary, value, StandardCharsets.UTF_8);
			Files.move(temporary, file(key), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	@Override
	public String describe() {
		return "folder " + folder;
	}

	/** @return the file that holds {@code key} */
	public Path file(String key) {
		return folder.resolve(key + ".dat");
	}
}
