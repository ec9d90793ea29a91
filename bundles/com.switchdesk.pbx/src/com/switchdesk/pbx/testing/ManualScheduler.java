package com.switchdesk.pbx.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.PriorityQueue;

import com.switchdesk.pbx.Scheduler;

/**
 * A scheduler for tests: time stands still until {@link #advance(Duration)}. Tasks that are due run
 * at once on the calling thread (a task scheduled from inside a task runs right after it), so a
 * command sent to a connector built on this scheduler has completed when {@code execute} returns.
 */
public final class ManualScheduler implements Scheduler {

	private final PriorityQueue<Entry> timed = new PriorityQueue<>(
			Comparator.comparing(Entry::due).thenComparingLong(Entry::order));
	private final Deque<Runnable> ready = new ArrayDeque<>();
	private Instant now;
	private long order;
	private boolean running;

	public ManualScheduler(Instant start) {
		this.now = start;
	}

	@Override
	public synchronized Instant now() {
		return now;
	}

	@Override
	public synchronized Cancellable schedule(Duration delay, Runnable task) {
		if (delay.isZero() || delay.isNegative()) {
			ready.add(task);
			runReady();
			return () -> ready.remove(task);
		}
		Entry entry = new Entry(now.plus(delay), order++, task);
		timed.add(entry);
		return () -> {
			synchronized (this) {
				timed.remove(entry);
			}
		};
	}

	/** Moves time forward, running every task that falls due, in order, at its own due time. */
	public synchronized void advance(Duration duration) {
		Instant end = now.plus(duration);
		while (!timed.isEmpty() && !timed.peek().due().isAfter(end)) {
			Entry next = timed.poll();
			now = next.due();
			ready.add(next.task());
			runReady();
		}
		now = end;
	}

	/** The number of tasks waiting for their time. */
	public synchronized int pendingTasks() {
		return timed.size();
	}

	private void runReady() {
		if (running) {
			return;
		}
		running = true;
		try {
			Runnable task;
			while ((task = ready.poll()) != null) {
				task.run();
			}
		} finally {
			running = false;
		}
	}

	private record Entry(Instant due, long order, Runnable task) {
	}
}
