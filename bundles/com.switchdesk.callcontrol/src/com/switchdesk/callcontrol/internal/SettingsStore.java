package com.switchdesk.callcontrol.internal;

import com.switchdesk.pbx.ConnectorSettings;

/** Where the connector settings live between runs (per PC: a serial port belongs to this machine). */
public interface SettingsStore {

	ConnectorSettings load();

	void save(ConnectorSettings settings);

	/** Keeps settings in memory only: for tests. */
	static SettingsStore inMemory(ConnectorSettings initial) {
		return new SettingsStore() {
			private ConnectorSettings current = initial;

			@Override
			public ConnectorSettings load() {
				return current;
			}

			@Override
			public void save(ConnectorSettings settings) {
				current = settings;
			}
		};
	}
}
