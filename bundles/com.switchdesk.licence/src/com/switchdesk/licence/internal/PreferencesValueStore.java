package com.switchdesk.licence.internal;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * Keeps values in a Java preferences node. For the user root this lives outside the licence folder (the
 * registry under Windows, {@code ~/.java/.userPrefs} under Linux), so it survives deleting that folder.
 */
public final class PreferencesValueStore implements ValueStore {

	private final Preferences node;

	public PreferencesValueStore(Preferences node) {
		this.node = Objects.requireNonNull(node, "node");
	}

	@Override
	public Optional<String> read(String key) throws IOException {
		try {
			return Optional.ofNullable(node.get(key, null));
		} catch (IllegalStateException e) {
			throw new IOException("preferences node " + node.absolutePath() + " was removed", e);
		}
	}

	@Override
	public void write(String key, String value) throws IOException {
		try {
			node.put(key, value);
			node.flush(); // the JDK otherwise writes some time later, or never if the VM is killed
		} catch (BackingStoreException | IllegalStateException e) {
			throw new IOException("cannot write preferences node " + node.absolutePath(), e);
		}
	}

	@Override
	public String describe() {
		// not isUserNode(): it initialises the JDK's user root, creating ~/.java even for other nodes
		return "preferences node " + node.absolutePath();
	}
}
