package com.switchdesk.pbx.serial;

import java.time.Duration;
import java.util.Objects;

/**
 * The times and limits of the serial protocol's link layer (see {@code docs/protocol.md}). Both ends
 * use the {@linkplain #defaults() defaults} in production; tests shorten them.
 *
 * @param heartbeatInterval a HEARTBEAT is sent this often during a session
 * @param missedHeartbeats  the link is declared down after this many intervals without any frame
 * @param ackTimeout        a frame is sent again when not acknowledged within this time (plus the time
 *                          the unacknowledged frames need on the wire at the line's speed)
 * @param retryLimit        the link is declared down when a frame was sent again this often without
 *                          acknowledgement
 * @param helloInterval     the console repeats HELLO this often until the PBX answers
 * @param helloAttempts     the console gives up a connection attempt after this many unanswered HELLOs
 * @param commandTimeout    a command not answered in this time completes with
 *                          {@link com.switchdesk.pbx.RefusalReason#TIMEOUT}
 * @param backoffInitial    the first reconnection delay
 * @param backoffMax        the reconnection delay doubles up to this cap
 */
public record LinkTimings(Duration heartbeatInterval, int missedHeartbeats, Duration ackTimeout, int retryLimit,
		Duration helloInterval, int helloAttempts, Duration commandTimeout, Duration backoffInitial,
		Duration backoffMax) {

	public LinkTimings {
		requirePositive(heartbeatInterval, "heartbeatInterval");
		requirePositive(ackTimeout, "ackTimeout");
		requirePositive(helloInterval, "helloInterval");
		requirePositive(commandTimeout, "commandTimeout");
		requirePositive(backoffInitial, "backoffInitial");
		requirePositive(backoffMax, "backoffMax");
		if (missedHeartbeats < 1 || retryLimit < 0 || helloAttempts < 1) {
			throw new IllegalArgumentException("missedHeartbeats and helloAttempts must be at least 1, retryLimit at least 0");
		}
		if (backoffMax.compareTo(backoffInitial) < 0) {
			throw new IllegalArgumentException("backoffMax must not be shorter than backoffInitial");
		}
	}

	/** Heartbeat 2 s (down after 3 missed), ack 1 s, 3 retries, HELLO every 1 s (5 tries), commands 10 s, back-off 1 s doubling to 30 s. */
	public static LinkTimings defaults() {
		return new LinkTimings(Duration.ofSeconds(2), 3, Duration.ofSeconds(1), 3, Duration.ofSeconds(1), 5,
				Duration.ofSeconds(10), Duration.ofSeconds(1), Duration.ofSeconds(30));
	}

	/** How long the link may stay silent before it is declared down. */
	public Duration silenceLimit() {
		return heartbeatInterval.multipliedBy(missedHeartbeats);
	}

	private static void requirePositive(Duration d, String name) {
		Objects.requireNonNull(d, name);
		if (d.isNegative() || d.isZero()) {
			throw new IllegalArgumentException(name + " must be positive, not " + d);
		}
	}
}
