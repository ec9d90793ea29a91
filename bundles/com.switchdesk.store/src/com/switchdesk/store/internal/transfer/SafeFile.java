package com.switchdesk.store.internal.transfer;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * An export target that appears only when complete: writing goes to a temporary file next to it, which
 * replaces the target at the end or is deleted when the export fails or is cancelled.
 */
final class SafeFile implements AutoCloseable {

	private final Path target;
	private final Path temporary;
	private boolean committed;

	SafeFile(Path target) throws IOException {
		this.target = target.toAbsolutePath();
		Path folder = this.target.getParent();
		Files.createDirectories(folder);
		this.temporary = Files.createTempFile(folder, "." + this.target.getFileName(), ".part");
	}

	Path temporary() {
		return temporary;
	}

	void commit() throws IOException {
		try {
			Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
		}
		committed = true;
	}

	@Override
	public void close() throws IOException {
		if (!committed) {
			Files.deleteIfExists(temporary);
		}
	}
}
