package com.switchdesk.profile;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The PBX connection a new installation starts with: the connector type and its settings, in the keys and
 * value formats the connectors document ({@code serial.port}, {@code serial.baud}, {@code serial.dataBits},
 * {@code serial.parity}, {@code serial.stopBits}, {@code sim.trafficPerMinute}, {@code sim.extensions},
 * {@code sim.park}). Maps one to one onto the PBX SPI's {@code ConnectorSettings(connector(), values())}.
 *
 * @param connector the connector type: {@value #SIMULATOR} or {@value #SERIAL}
 * @param values    the settings the profile gives, validated; keys it leaves out are absent (connector default)
 */
public record ConnectionDefaults(String connector, Map<String, String> values) {

	/** The embedded PBX simulator, the default. */
	public static final String SIMULATOR = "sim";
	/** A real PBX on a serial port. */
	public static final String SERIAL = "serial";

	/** @throws NullPointerException if a component is {@code null} */
	public ConnectionDefaults {
		Objects.requireNonNull(connector, "connector");
		values = Map.copyOf(values);
	}

	/** The embedded simulator with its own defaults. */
	public static ConnectionDefaults simulator() {
		return new ConnectionDefaults(SIMULATOR, Map.of());
	}

	/** @return the value of a setting, if the profile gives it */
	public Optional<String> get(String key) {
		return Optional.ofNullable(values.get(key));
	}
}
