package com.switchdesk.pbx;

/** The state of the link between the console and the PBX. */
public enum ConnectionState {
	CONNECTING, ONLINE, RECONNECTING, OFFLINE
}
