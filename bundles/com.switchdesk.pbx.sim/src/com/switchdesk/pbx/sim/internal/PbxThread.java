package com.switchdesk.pbx.sim.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import com.switchdesk.pbx.PbxRefusedException;
import com.switchdesk.pbx.Scheduler;

/**
 * The exchange's single thread: the given scheduler, with every task marked so that work already
 * on it runs directly instead of waiting for itself.
 */
public final class PbxThread implements Scheduler {

	private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);

	private final Scheduler scheduler;
	private final ThreadLocal<Boolean> inside = ThreadLocal.withInitial(() -> false);

	public PbxThread(Scheduler scheduler) {
		this.scheduler = scheduler;
	}

	@Override
	public Instant now() {
		return scheduler.now();
	}

	@Override
	public Cancellable schedule(Duration delay, Runnable task) {
		return scheduler.schedule(delay, marked(task));
	}

	public boolean isCurrent() {
		return inside.get();
	}

	/** Runs {@code work} on the PBX thread and waits for its result (at once when already there). */
	public <T> T call(Supplier<T> work) {
		if (isCurrent()) {
			return work.get();
		}
		CompletableFuture<T> result = new CompletableFuture<>();
		execute(() -> {
			try {
				result.complete(work.get());
			} catch (RuntimeException | Error e) {
				result.completeExceptionally(e);
			}
		});
		try {
			return result.get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
		} catch (ExecutionException e) {
			if (e.getCause() instanceof PbxRefusedException refused) {
				throw new PbxRefusedException(refused.reason(), refused.getMessage());
			}
			throw new IllegalStateException("The simulator failed: " + e.getCause(), e.getCause());
		} catch (TimeoutException e) {
			throw new IllegalStateException("The simulator did not answer within " + CALL_TIMEOUT.toSeconds() + " s");
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for the simulator", e);
		}
	}

	public void run(Runnable work) {
		call(() -> {
			work.run();
			return null;
		});
	}

	private Runnable marked(Runnable task) {
		return () -> {
			boolean outer = inside.get();
			inside.set(true);
			try {
				task.run();
			} finally {
				inside.set(outer);
			}
		};
	}
}
