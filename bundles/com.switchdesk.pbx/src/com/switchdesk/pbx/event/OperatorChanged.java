package com.switchdesk.pbx.event;

import java.util.Objects;

import com.switchdesk.pbx.model.OperatorPosition;

/**
 * An operator position's binding, online state or forwarding changed.
 *
 * @param sequence the PBX's event sequence number
 * @param operator its new state
 */
public record OperatorChanged(long sequence, OperatorPosition operator) implements PbxEvent {

	public OperatorChanged {
		Objects.requireNonNull(operator);
	}
}
