package com.switchdesk.licence.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.prefs.AbstractPreferences;

/**
 * A preferences tree in memory, standing in for {@code Preferences.userRoot()} so that tests never touch the
 * real user preferences. Keeping the same instance across two licence instances models a restart.
 */
final class InMemoryPreferences extends AbstractPreferences {

	private final Map<String, String> values = new HashMap<>();
	private final Map<String, InMemoryPreferences> children = new HashMap<>();

	InMemoryPreferences() {
		this(null, "");
	}

	private InMemoryPreferences(InMemoryPreferences parent, String name) {
		super(parent, name);
	}

	@Override
	protected void putSpi(String key, String value) {
		values.put(key, value);
	}

	@Override
	protected String getSpi(String key) {
		return values.get(key);
	}

	@Override
	protected void removeSpi(String key) {
		values.remove(key);
	}

	@Override
	protected void removeNodeSpi() {
		values.clear();
	}

	@Override
	protected String[] keysSpi() {
		return values.keySet().toArray(String[]::new);
	}

	@Override
	protected String[] childrenNamesSpi() {
		return children.keySet().toArray(String[]::new);
	}

	@Override
	protected AbstractPreferences childSpi(String name) {
		return children.computeIfAbsent(name, child -> new InMemoryPreferences(this, child));
	}

	@Override
	protected void syncSpi() {
		// nothing to sync: memory is the backing store
	}

	@Override
	protected void flushSpi() {
		// nothing to flush: memory is the backing store
	}
}
