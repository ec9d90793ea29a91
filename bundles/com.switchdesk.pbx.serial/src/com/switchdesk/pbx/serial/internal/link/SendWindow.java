package com.switchdesk.pbx.serial.internal.link;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The sending half of the link: frames waiting for the window, and up to {@link #WINDOW} frames sent
 * but not yet acknowledged, numbered modulo 256. Go-back-N: an acknowledgement number acknowledges
 * every frame before it.
 */
final class SendWindow {

	/** At most this many sequenced frames are unacknowledged at any time. */
	static final int WINDOW = 8;

	/** A frame of a message, numbered once it enters the window. */
	static final class Outgoing {
		final int type;
		final int flags;
		final byte[] payload;
		int seq;

		Outgoing(int type, int flags, byte[] payload) {
			this.type = type;
			this.flags = flags;
			this.payload = payload;
		}
	}

	private final ArrayDeque<Outgoing> waiting = new ArrayDeque<>();
	private final ArrayDeque<Outgoing> inFlight = new ArrayDeque<>();
	private int nextSeq;

	void enqueue(Outgoing frame) {
		waiting.add(frame);
	}

	/** Moves frames from the queue into the window and returns them, numbered, to be sent. */
	List<Outgoing> admit() {
		List<Outgoing> admitted = new ArrayList<>();
		while (inFlight.size() < WINDOW && !waiting.isEmpty()) {
			Outgoing f = waiting.poll();
			f.seq = nextSeq;
			nextSeq = (nextSeq + 1) & 0xFF;
			inFlight.add(f);
			admitted.add(f);
		}
		return admitted;
	}

	/**
	 * Applies an acknowledgement number: the peer expects {@code ack} next.
	 *
	 * @return how many frames it acknowledged, or -1 when it acknowledges frames never sent
	 */
	int acknowledge(int ack) {
		int base = inFlight.isEmpty() ? nextSeq : inFlight.peek().seq;
		int count = (ack - base) & 0xFF;
		if (count > inFlight.size()) {
			return -1;
		}
		for (int i = 0; i < count; i++) {
			inFlight.poll();
		}
		return count;
	}

	Iterable<Outgoing> inFlight() {
		return inFlight;
	}

	boolean hasInFlight() {
		return !inFlight.isEmpty();
	}

	int inFlightCount() {
		return inFlight.size();
	}

	/** Bytes of the unacknowledged frames (payload and overhead, before stuffing). */
	int inFlightBytes(int overheadPerFrame) {
		int bytes = 0;
		for (Outgoing f : inFlight) {
			bytes += f.payload.length + overheadPerFrame;
		}
		return bytes;
	}

	/** Frames not yet acknowledged, queued or in the window. */
	int backlog() {
		return waiting.size() + inFlight.size();
	}

	int nextSeq() {
		return nextSeq;
	}

	void reset() {
		waiting.clear();
		inFlight.clear();
		nextSeq = 0;
	}
}
