package com.switchdesk.pbx;

/**
 * Creates connectors of one type ({@code sim}, {@code serial}, ...). Each connector bundle registers
 * one factory as an OSGi service; the console picks the factory whose {@link #type()} its settings
 * name, so the simulator and a real PBX are interchangeable without an "if simulated" anywhere.
 */
public interface PbxConnectorFactory {

	/** The type name used in settings and customer profiles, e.g. {@code "sim"} or {@code "serial"}. */
	String type();

	/** A human-readable name for the preference page, e.g. "Embedded PBX simulator". */
	String displayName();

	/**
	 * Creates an unstarted connector.
	 *
	 * @throws IllegalArgumentException when the settings are unusable, with a message naming the setting
	 */
	PbxConnector create(ConnectorSettings settings);
}
