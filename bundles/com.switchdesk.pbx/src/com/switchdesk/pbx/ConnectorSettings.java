package com.switchdesk.pbx;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The settings of one connector, as plain key/value pairs (from preferences or a customer profile).
 * Keys are documented by each connector type, e.g. {@code serial.port}, {@code serial.baud}.
 *
 * @param type   the connector type, e.g. {@code sim}
 * @param values the settings; copied
 */
public record ConnectorSettings(String type, Map<String, String> values) {

	public static final String DEFAULT_TYPE = "sim";

	public ConnectorSettings {
		Objects.requireNonNull(type);
		values = Map.copyOf(values);
	}

	public static ConnectorSettings simulator() {
		return new ConnectorSettings(DEFAULT_TYPE, Map.of());
	}

	public Optional<String> get(String key) {
		return Optional.ofNullable(values.get(key)).filter(v -> !v.isBlank());
	}

	public int getInt(String key, int defaultValue) {
		String v = values.get(key);
		if (v == null || v.isBlank()) {
			return defaultValue;
		}
		try {
			return Integer.parseInt(v.strip());
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("Setting " + key + " must be a whole number, not '" + v + "'");
		}
	}
}
