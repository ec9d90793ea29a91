package com.switchdesk.pbx.event;

import java.util.Objects;

/**
 * A call ended; it is gone.
 *
 * @param sequence the PBX's event sequence number
 * @param callId the call
 * @param cause why it ended
 */
public record CallCleared(long sequence, String callId, CallCause cause) implements PbxEvent {

	public CallCleared {
		Objects.requireNonNull(callId);
		Objects.requireNonNull(cause);
	}
}
