package com.switchdesk.pbx.event;

import java.util.Objects;

import com.switchdesk.pbx.model.OperatorGroup;

/**
 * A hunt or operator group's members changed.
 *
 * @param sequence the PBX's event sequence number
 * @param group its new members
 */
public record GroupChanged(long sequence, OperatorGroup group) implements PbxEvent {

	public GroupChanged {
		Objects.requireNonNull(group);
	}
}
