package com.switchdesk.licence.internal;

import java.io.IOException;
import java.util.Optional;

/**
 * One place where the licence keeps small text values (usage seal, activation code). The licence writes
 * every value to several independent stores so that deleting one does not lose it.
 */
public interface ValueStore {

	/** @return the value under {@code key}, empty if there is none */
	Optional<String> read(String key) throws IOException;

	/** Replaces the value under {@code key}; durable when this returns. */
	void write(String key, String value) throws IOException;

	/** @return where this store lives, for log messages */
	String describe();
}
