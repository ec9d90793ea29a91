package com.switchdesk.pbx.event;

import java.util.Objects;

import com.switchdesk.pbx.model.WakeUpRecord;

/**
 * The PBX rang a room for a wake-up call.
 *
 * @param sequence the PBX's event sequence number
 * @param record the attempt and its outcome
 */
public record WakeUpAttempted(long sequence, WakeUpRecord record) implements PbxEvent {

	public WakeUpAttempted {
		Objects.requireNonNull(record);
	}
}
