package com.switchdesk.callcontrol.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

import com.switchdesk.pbx.ConnectorSettings;

/**
 * Connector settings in the user's instance preferences (this PC, this user). Until an
 * administrator chooses, the customer profile's PBX connection applies; system properties
 * {@code switchdesk.pbx.connector} and {@code switchdesk.<key>} override it for one run (tests,
 * demos); without either, the embedded simulator is used.
 */
final class PreferenceSettingsStore implements SettingsStore {

	private static final Logger LOG = Logger.getLogger(PreferenceSettingsStore.class.getName());
	private static final String NODE = "com.switchdesk.callcontrol";
	static final String TYPE_KEY = "pbx.connector";
	private static final String[] KNOWN_KEYS = { "serial.port", "serial.baud", "serial.dataBits", "serial.parity",
			"serial.stopBits", "sim.trafficPerMinute", "sim.extensions", "sim.script", "sim.park" };

	private final ConnectorSettings profileDefaults;

	/** @param profileDefaults the customer profile's connection, used until settings are saved */
	PreferenceSettingsStore(ConnectorSettings profileDefaults) {
		this.profileDefaults = profileDefaults;
	}

	@Override
	public ConnectorSettings load() {
		IEclipsePreferences prefs = InstanceScope.INSTANCE.getNode(NODE);
		String type = prefs.get(TYPE_KEY,
				System.getProperty("switchdesk." + TYPE_KEY, profileDefaults.type()));
		Map<String, String> values = new HashMap<>();
		for (String key : KNOWN_KEYS) {
			String v = prefs.get(key, System.getProperty("switchdesk." + key, profileDefaults.values().get(key)));
			if (v != null) {
				values.put(key, v);
			}
		}
		return new ConnectorSettings(type, values);
	}

	@Override
	public void save(ConnectorSettings settings) {
		IEclipsePreferences prefs = InstanceScope.INSTANCE.getNode(NODE);
		prefs.put(TYPE_KEY, settings.type());
		for (String key : KNOWN_KEYS) {
			prefs.remove(key);
		}
		settings.values().forEach(prefs::put);
		try {
			prefs.flush();
		} catch (BackingStoreException e) {
			LOG.log(Level.WARNING, "Could not save the PBX connection settings", e);
		}
	}
}
