package com.switchdesk.pbx.serial.tests.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waits for a condition with a deadline, looking again every few milliseconds. */
public final class Await {

	private static final long POLL_NANOS = 10_000_000L;

	private Await() {
	}

	public static void until(BooleanSupplier condition, Duration timeout, Supplier<String> what) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				fail("Timed out after " + timeout.toMillis() + " ms waiting for " + what.get());
			}
			LockSupport.parkNanos(POLL_NANOS);
		}
	}
}
