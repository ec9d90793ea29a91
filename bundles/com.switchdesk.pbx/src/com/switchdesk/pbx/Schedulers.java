package com.switchdesk.pbx;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** Real-time schedulers: one daemon thread each, on the system clock. */
public final class Schedulers {

	private Schedulers() {
	}

	/**
	 * A scheduler on its own daemon thread called {@code threadName}; {@link ClosableScheduler#close()}
	 * stops the thread.
	 */
	public static ClosableScheduler newRealTime(String threadName) {
		return new RealTimeScheduler(threadName, Clock.systemUTC());
	}

	/** A scheduler that owns a thread. */
	public interface ClosableScheduler extends Scheduler, AutoCloseable {
		/** Whether the calling thread is the scheduler's thread. */
		boolean inSchedulerThread();

		@Override
		void close();
	}

	private static final class RealTimeScheduler implements ClosableScheduler {
		private final ScheduledExecutorService executor;
		private final Clock clock;
		private volatile Thread thread;

		RealTimeScheduler(String name, Clock clock) {
			this.clock = clock;
			this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
				Thread t = new Thread(r, name);
				t.setDaemon(true);
				thread = t;
				return t;
			});
		}

		@Override
		public Instant now() {
			return clock.instant();
		}

		@Override
		public Cancellable schedule(Duration delay, Runnable task) {
			if (executor.isShutdown()) {
				return () -> {
				};
			}
			ScheduledFuture<?> future = executor.schedule(guarded(task), Math.max(0, delay.toNanos()),
					TimeUnit.NANOSECONDS);
			return () -> future.cancel(false);
		}

		private static Runnable guarded(Runnable task) {
			return () -> {
				try {
					task.run();
				} catch (RuntimeException e) {
					// a failing task must not kill the thread that runs every other task
					Thread t = Thread.currentThread();
					t.getUncaughtExceptionHandler().uncaughtException(t, e);
				}
			};
		}

		@Override
		public boolean inSchedulerThread() {
			return Thread.currentThread() == thread;
		}

		@Override
		public void close() {
			executor.shutdownNow();
		}
	}
}
