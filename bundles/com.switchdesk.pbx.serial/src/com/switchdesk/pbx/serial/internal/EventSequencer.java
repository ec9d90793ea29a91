package com.switchdesk.pbx.serial.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

import com.switchdesk.pbx.event.PbxEvent;
import com.switchdesk.pbx.event.SnapshotEvent;
import com.switchdesk.pbx.model.PbxSnapshot;

/**
 * Puts the PBX's events in order for listeners: after a snapshot with sequence S it delivers events
 * S+1, S+2, … exactly once, drops those the snapshot already contains, and asks for a new snapshot at
 * the first gap. While a snapshot is awaited, events and command answers are held back and replayed
 * after it, so an answer still completes after the events that came before it. Scheduler thread only.
 */
final class EventSequencer {

	/** Where ordered events go, and how to ask for a new snapshot. */
	interface Sink {
		void deliver(PbxEvent event);

		void resync(String why);

		void duplicate(PbxEvent event);

		void gap();
	}

	/** An event whose code this side does not know: only its number counts. */
	private record Unknown(long sequence) {
	}

	private final Sink sink;
	private final ArrayDeque<Object> held = new ArrayDeque<>();
	private boolean syncing;
	private boolean baseline;
	private long last;

	EventSequencer(Sink sink) {
		this.sink = sink;
	}

	/** From now until {@link #snapshot}, hold everything back. */
	void beginSync() {
		syncing = true;
	}

	boolean syncing() {
		return syncing;
	}

	/** The sequence number of the last event delivered (0 before the first snapshot). */
	long last() {
		return last;
	}

	void event(PbxEvent event) {
		offer(event);
	}

	/** An event with an unknown code: keeps the count without delivering anything. */
	void unknown(long sequence) {
		offer(new Unknown(sequence));
	}

	/** Runs an answer's completion now, or after the held-back events when a snapshot is awaited. */
	void afterEvents(Runnable completion) {
		if (syncing) {
			held.add(completion);
		} else {
			completion.run();
		}
	}

	/** The awaited snapshot arrived: deliver it, then what was held back. */
	void snapshot(PbxSnapshot snapshot) {
		syncing = false;
		baseline = true;
		last = snapshot.sequence();
		sink.deliver(new SnapshotEvent(snapshot.sequence(), snapshot));
		while (!held.isEmpty() && !syncing) {
			Object item = held.poll();
			if (item instanceof Runnable completion) {
				completion.run();
			} else if (sequence(item) > last || item instanceof SnapshotEvent) {
				if (!apply(item)) {
					held.addFirst(item);
				}
			}
			// else: already contained in the snapshot
		}
	}

	/** The session ended: held-back answers complete now (their commands did succeed), events go. */
	void reset() {
		syncing = false;
		List<Object> items = new ArrayList<>(held);
		held.clear();
		for (Object item : items) {
			if (item instanceof Runnable completion) {
				completion.run();
			}
		}
	}

	private void offer(Object item) {
		if (syncing) {
			held.add(item);
		} else if (!apply(item)) {
			held.add(item);
		}
	}

	/** Delivers an item in order; returns false (and starts a resync) at a gap. */
	private boolean apply(Object item) {
		if (item instanceof SnapshotEvent s) {
			baseline = true;
			last = s.sequence();
			sink.deliver(s);
			return true;
		}
		long seq = sequence(item);
		if (!baseline || seq <= last) {
			if (item instanceof PbxEvent e && baseline) {
				sink.duplicate(e);
			}
			return true;
		}
		if (seq > last + 1) {
			sink.gap();
			syncing = true;
			sink.resync("events " + (last + 1) + " to " + (seq - 1) + " did not arrive");
			return false;
		}
		last = seq;
		if (item instanceof PbxEvent e) {
			sink.deliver(e);
		}
		return true;
	}

	private static long sequence(Object item) {
		return item instanceof PbxEvent e ? e.sequence() : ((Unknown) item).sequence();
	}
}
