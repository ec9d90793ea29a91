package com.switchdesk.pbx.model;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A wake-up the PBX will ring next (待叫醒).
 *
 * @param extension the room
 * @param due       when it will ring
 * @param attempt   1 for a first ring, 2… for a pending retry
 */
public record PendingWakeUp(String extension, LocalDateTime due, int attempt) {

	public PendingWakeUp {
		Objects.requireNonNull(extension);
		Objects.requireNonNull(due);
	}
}
