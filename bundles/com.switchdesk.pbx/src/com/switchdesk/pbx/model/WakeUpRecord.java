package com.switchdesk.pbx.model;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One wake-up attempt, as the wake-up log shows it.
 *
 * @param extension the room
 * @param scheduled the wake-up time it was for
 * @param called    when the PBX actually rang
 * @param attempt   1 for the first ring, 2… for retries
 * @param outcome   what happened
 */
public record WakeUpRecord(String extension, LocalDateTime scheduled, LocalDateTime called, int attempt,
		WakeUpOutcome outcome) {

	public WakeUpRecord {
		Objects.requireNonNull(extension);
		Objects.requireNonNull(scheduled);
		Objects.requireNonNull(called);
		Objects.requireNonNull(outcome);
	}
}
