package com.switchdesk.pbx;

import java.time.Duration;
import java.time.Instant;

/**
 * Time for everything that waits: wake-up calls, ring time-outs, retransmissions, heartbeats,
 * back-off. Injected so that tests advance time instead of sleeping.
 * <p>
 * Tasks run one at a time on the scheduler's own thread, in due order.
 */
public interface Scheduler {

	Instant now();

	/** Runs {@code task} once after {@code delay}; the returned handle cancels it. */
	Cancellable schedule(Duration delay, Runnable task);

	/** Runs {@code task} as soon as possible, after the tasks already due. */
	default void execute(Runnable task) {
		schedule(Duration.ZERO, task);
	}

	/** A scheduled task that may be cancelled; cancelling twice or after it ran does nothing. */
	@FunctionalInterface
	interface Cancellable {
		void cancel();
	}
}
