package com.switchdesk.pbx.event;

import java.util.Objects;

import com.switchdesk.pbx.model.PbxSnapshot;

/**
 * The PBX's whole state: replace everything known with it.
 *
 * @param sequence the PBX's event sequence number
 * @param snapshot the whole state
 */
public record SnapshotEvent(long sequence, PbxSnapshot snapshot) implements PbxEvent {

	public SnapshotEvent {
		Objects.requireNonNull(snapshot);
	}
}
