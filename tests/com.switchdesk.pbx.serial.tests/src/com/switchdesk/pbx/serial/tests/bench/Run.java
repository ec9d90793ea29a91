package com.switchdesk.pbx.serial.tests.bench;

import java.util.Arrays;
import java.util.Set;

import com.switchdesk.pbx.PbxListener;
import com.switchdesk.pbx.event.ConnectionEvent;
import com.switchdesk.pbx.event.PbxEvent;
import com.switchdesk.pbx.event.SnapshotEvent;

/**
 * The times of one measured stretch of the end-to-end benchmark: when the simulator handed each
 * event over, when the console's connector delivered it to its listeners, and, for extension changes,
 * when call control's busy-lamp board applied it. Each array is written by one thread only.
 */
final class Run implements PbxListener {

	private final int capacity;
	private final long[] sentAt;
	private final long[] receivedAt;
	private final long[] extensionSentAt;
	private final String[] extensionNumber;
	private final long[] boardAt;
	private volatile long base = Long.MAX_VALUE;
	private volatile int sent;
	private volatile int received;
	private volatile int extensionsSent;
	private volatile int boardChanges;
	private volatile int boardMismatches;
	/** Snapshots, board resets or connection changes during the stretch: a resynchronisation. */
	private volatile int resyncs;

	Run(int capacity) {
		this.capacity = capacity;
		sentAt = new long[capacity];
		receivedAt = new long[capacity];
		extensionSentAt = new long[capacity];
		extensionNumber = new String[capacity];
		boardAt = new long[capacity];
	}

	/** The stretch starts after event {@code lastSequence}; PBX thread. */
	void begin(long lastSequence) {
		base = lastSequence;
	}

	/** The simulator hands event {@code sequence} over; {@code extension} is the number of an extension change. PBX thread. */
	void sent(long sequence, String extension) {
		int i = (int) (sequence - base - 1);
		if (i < 0 || i >= capacity) {
			return;
		}
		long now = System.nanoTime();
		sentAt[i] = now;
		if (extension != null && extensionsSent < capacity) {
			extensionSentAt[extensionsSent] = now;
			extensionNumber[extensionsSent] = extension;
			extensionsSent = extensionsSent + 1;
		}
		sent = i + 1;
	}

	/** The console's connector delivers an event; connector thread. */
	@Override
	public void onEvent(PbxEvent event) {
		if (event instanceof SnapshotEvent || event instanceof ConnectionEvent) {
			resyncs = resyncs + 1;
			return;
		}
		int i = (int) (event.sequence() - base - 1);
		if (i >= 0 && i < capacity) {
			receivedAt[i] = System.nanoTime();
			received = received + 1;
		}
	}

	/** Call control's board applied an extension change; call-control thread. */
	void boardChanged(Set<String> numbers) {
		long now = System.nanoTime();
		int k = boardChanges;
		if (k >= extensionsSent) {
			return; // from before this stretch
		}
		boardAt[k] = now;
		if (!numbers.contains(extensionNumber[k])) {
			boardMismatches = boardMismatches + 1;
		}
		boardChanges = k + 1;
	}

	void boardReset() {
		resyncs = resyncs + 1;
	}

	int sent() {
		return sent;
	}

	int received() {
		return received;
	}

	/** Whether every event sent so far has reached the connector's listeners and the board. */
	boolean settled() {
		return received >= sent && boardChanges >= extensionsSent;
	}

	int resyncs() {
		return resyncs;
	}

	int boardMismatches() {
		return boardMismatches;
	}

	long sentAt(int i) {
		return sentAt[i];
	}

	/** Latencies in microseconds, simulator to connector listener, of events [from, to). */
	long[] connectorLatencies(int from, int to) {
		long[] l = new long[Math.max(0, to - from)];
		for (int i = from; i < to; i++) {
			l[i - from] = (receivedAt[i] - sentAt[i]) / 1000;
		}
		Arrays.sort(l);
		return l;
	}

	/** Latencies in microseconds, simulator to board, of the extension changes sent with or after event {@code from}. */
	long[] boardLatencies(int from) {
		int n = boardChanges;
		long[] l = new long[n];
		int k = 0;
		for (int i = 0; i < n; i++) {
			if (extensionSentAt[i] >= sentAt[from]) {
				l[k++] = (boardAt[i] - extensionSentAt[i]) / 1000;
			}
		}
		l = Arrays.copyOf(l, k);
		Arrays.sort(l);
		return l;
	}

	/** "p50 0.42 ms, p99 2.4 ms, max 10 ms" of sorted microseconds. */
	static String describe(long[] sortedMicros) {
		if (sortedMicros.length == 0) {
			return "none";
		}
		return String.format("p50 %s, p99 %s, max %s (%,d events)", ms(percentile(sortedMicros, 50)),
				ms(percentile(sortedMicros, 99)), ms(sortedMicros[sortedMicros.length - 1]), sortedMicros.length);
	}

	static long percentile(long[] sorted, double p) {
		int i = (int) Math.ceil(p / 100 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
	}

	private static String ms(long micros) {
		return micros < 10_000 ? String.format("%.2f ms", micros / 1000.0) : String.format("%.0f ms", micros / 1000.0);
	}
}
