package com.switchdesk.pbx.event;

import java.util.Objects;

import com.switchdesk.pbx.model.Call;

/**
 * A call was created or changed.
 *
 * @param sequence the PBX's event sequence number
 * @param call the call's new state
 * @param cause what happened
 */
public record CallChanged(long sequence, Call call, CallCause cause) implements PbxEvent {

	public CallChanged {
		Objects.requireNonNull(call);
		Objects.requireNonNull(cause);
	}
}
