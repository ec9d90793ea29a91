package com.switchdesk.pbx.sim.internal;

import java.time.LocalDateTime;

/** A wake-up call in progress: which order's time it serves and which attempt it is. */
record WakeUpAttempt(String extension, LocalDateTime scheduled, int attempt) {
}
