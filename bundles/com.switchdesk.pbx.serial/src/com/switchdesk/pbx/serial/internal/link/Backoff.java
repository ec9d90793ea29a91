package com.switchdesk.pbx.serial.internal.link;

import java.time.Duration;

/** Reconnection delays: the initial delay, doubling after each failure up to a cap. */
public final class Backoff {

	private final Duration initial;
	private final Duration max;
	private Duration next;

	public Backoff(Duration initial, Duration max) {
		this.initial = initial;
		this.max = max;
		this.next = initial;
	}

	/** The delay before the next attempt; each call doubles the one after, up to the cap. */
	public Duration next() {
		Duration d = next;
		Duration doubled = next.multipliedBy(2);
		next = doubled.compareTo(max) > 0 ? max : doubled;
		return d;
	}

	/** After a success: the next failure waits the initial delay again. */
	public void reset() {
		next = initial;
	}
}
