package com.switchdesk.pbx;

/** The state of the link between the console and the PBX. */
public enum ConnectionState {
	/** First connection attempt in progress. */
	CONNECTING,
	/** Connected and synchronised: events flow and commands are executed. */
	ONLINE,
	/** The link was lost or the PBX restarted; the connector is trying again (see the next attempt's time). */
	RECONNECTING,
	/** Not connected and not trying (closed, or a configuration error that retrying cannot fix). */
	OFFLINE
}
