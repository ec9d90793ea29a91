package com.switchdesk.pbx.serial.tests.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;

import com.switchdesk.pbx.ConnectionState;
import com.switchdesk.pbx.PbxListener;
import com.switchdesk.pbx.event.ConnectionEvent;
import com.switchdesk.pbx.event.PbxEvent;
import com.switchdesk.pbx.event.SnapshotEvent;
import com.switchdesk.pbx.serial.internal.SnapshotMirror;
import com.switchdesk.pbx.model.PbxSnapshot;

/** Records a connector's events; tests wait on it with a time-out, never by sleeping. */
public final class EventLog implements PbxListener {

	private final ReentrantLock lock = new ReentrantLock();
	private final Condition changed = lock.newCondition();
	private final List<PbxEvent> events = new ArrayList<>();

	@Override
	public void onEvent(PbxEvent event) {
		lock.lock();
		try {
			events.add(event);
			changed.signalAll();
		} finally {
			lock.unlock();
		}
	}

	public List<PbxEvent> events() {
		lock.lock();
		try {
			return List.copyOf(events);
		} finally {
			lock.unlock();
		}
	}

	public int size() {
		return events().size();
	}

	/** The events from index {@code from} on. */
	public List<PbxEvent> since(int from) {
		List<PbxEvent> all = events();
		return all.subList(Math.min(from, all.size()), all.size());
	}

	public <T extends PbxEvent> List<T> ofType(Class<T> type) {
		return events().stream().filter(type::isInstance).map(type::cast).toList();
	}

	public List<ConnectionState> states() {
		return ofType(ConnectionEvent.class).stream().map(e -> e.status().state()).toList();
	}

	/** Waits until an event at index {@code from} or later matches; returns it. */
	public PbxEvent await(int from, Predicate<PbxEvent> condition, Duration timeout, String what) {
		long deadline = System.nanoTime() + timeout.toNanos();
		lock.lock();
		try {
			while (true) {
				for (int i = from; i < events.size(); i++) {
					if (condition.test(events.get(i))) {
						return events.get(i);
					}
				}
				long left = deadline - System.nanoTime();
				if (left <= 0) {
					fail("No " + what + " within " + timeout.toMillis() + " ms; events since #" + from + ": "
							+ describe(events.subList(Math.min(from, events.size()), events.size())));
				}
				changed.awaitNanos(Math.min(left, TimeUnit.MILLISECONDS.toNanos(200)));
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError("Interrupted while waiting for " + what, e);
		} finally {
			lock.unlock();
		}
	}

	/**
	 * Checks the SPI's ordering promise: every PBX event after a snapshot with sequence S has the
	 * next number (S+1, S+2, …) until the next snapshot, so nothing is lost or repeated.
	 */
	public void assertNoGapsOrDuplicates() {
		long expected = Long.MIN_VALUE;
		boolean haveSnapshot = false;
		for (PbxEvent e : events()) {
			if (e instanceof ConnectionEvent) {
				continue;
			}
			if (e instanceof SnapshotEvent s) {
				haveSnapshot = true;
				expected = s.sequence() + 1;
				continue;
			}
			assertTrue(haveSnapshot, "a PBX event before the first snapshot: " + e);
			assertEquals(expected, e.sequence(), "event out of sequence: " + e + " in " + describe(events()));
			expected++;
		}
	}

	/** The PBX state a listener rebuilds from these events. */
	public PbxSnapshot rebuiltState() {
		SnapshotMirror mirror = new SnapshotMirror();
		events().forEach(mirror::apply);
		return mirror.current().orElseThrow(() -> new AssertionError("no snapshot received"));
	}

	public static String describe(List<PbxEvent> list) {
		StringBuilder b = new StringBuilder();
		for (PbxEvent e : list) {
			b.append("\n  ").append(e.getClass().getSimpleName()).append('#').append(e.sequence());
			if (e instanceof ConnectionEvent c) {
				b.append(' ').append(c.status().state()).append(" (").append(c.status().detail()).append(')');
			}
		}
		return b.toString();
	}
}
