package com.switchdesk.pbx.event;

import java.util.Objects;

import com.switchdesk.pbx.ConnectionStatus;

/**
 * The link to the PBX changed state.
 *
 * @param sequence the PBX's event sequence number
 * @param status the link's new status
 */
public record ConnectionEvent(long sequence, ConnectionStatus status) implements PbxEvent {

	public ConnectionEvent {
		Objects.requireNonNull(status);
	}
}
