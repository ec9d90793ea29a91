package com.switchdesk.callcontrol;

import java.util.List;

import com.switchdesk.pbx.ConnectionStatus;
import com.switchdesk.pbx.ConnectorSettings;
import com.switchdesk.pbx.PbxConnector;

/**
 * The console's link to its PBX: creates the connector its settings name (the embedded simulator
 * by default), starts it, and replaces it when the settings change.
 */
public interface PbxConnection {

	/** The active connector; while none could be created, a connector that refuses everything as OFFLINE. */
	PbxConnector connector();

	/** The active connector's status; any thread. */
	ConnectionStatus status();

	/** The settings in use. */
	ConnectorSettings settings();

	/** The connector types available now (registered factories), for the preference page. */
	List<ConnectorType> availableTypes();

	/**
	 * Stores new settings and switches to them: the old connector is closed, a new one created and
	 * started. Returns at once.
	 *
	 * @throws IllegalArgumentException when the settings are unusable (unknown type, a malformed
	 *                                  value), with a message naming the setting; nothing changes then
	 */
	void apply(ConnectorSettings settings);

	void addStatusListener(StatusListener listener);

	void removeStatusListener(StatusListener listener);

	/** A connector type that can be chosen. */
	record ConnectorType(String type, String displayName) {
	}

	/** Told every status change; on the connector's thread, must return quickly. */
	@FunctionalInterface
	interface StatusListener {
		void statusChanged(ConnectionStatus status);
	}
}
