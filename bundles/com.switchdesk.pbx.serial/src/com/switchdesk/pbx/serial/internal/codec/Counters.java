package com.switchdesk.pbx.serial.internal.codec;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * What the protocol dropped, repeated or noticed on one connector or endpoint, for diagnostics and
 * tests. Written on the link's thread, readable from any thread.
 */
public final class Counters {

	/** One thing counted. */
	public enum Counter {
		/** Frames that passed every check. */
		FRAMES_RECEIVED,
		FRAMES_SENT,
		/** Bytes outside any frame (before the first flag). */
		DISCARDED_BYTES,
		/** Frame dropped: its CRC did not match. */
		BAD_CRC,
		/** Frame dropped: shorter than a header and a CRC. */
		TOO_SHORT,
		/** Frame dropped: LEN disagrees with the bytes received. */
		LENGTH_MISMATCH,
		/** Frame dropped: LEN or the bytes received exceed the largest frame. */
		OVERSIZED,
		/** Frame dropped: an escape byte directly before a flag (the sender aborted the frame). */
		ABORTED,
		/** A sequenced frame that had already been delivered; acknowledged again, not delivered. */
		DUPLICATES,
		/** A sequenced frame after a missing one; dropped, the sender will repeat both. */
		OUT_OF_ORDER,
		/** Frames sent again because their acknowledgement did not come in time. */
		RETRANSMISSIONS,
		/** An acknowledgement of frames never sent; ignored. */
		BAD_ACKS,
		/** A message whose payload could not be decoded; dropped. */
		MALFORMED_MESSAGES,
		/** A message of a type or code this side does not know; ignored. */
		UNKNOWN_MESSAGES,
		/** A jump in the PBX's event sequence. */
		EVENT_GAPS,
		/** Snapshots requested to resynchronise (the first after each connection included). */
		RESYNCS
	}

	private final AtomicLongArray values = new AtomicLongArray(Counter.values().length);

	public void count(Counter counter) {
		values.incrementAndGet(counter.ordinal());
	}

	public void add(Counter counter, long delta) {
		values.addAndGet(counter.ordinal(), delta);
	}

	public long get(Counter counter) {
		return values.get(counter.ordinal());
	}

	/** Frames dropped by the decoder for any reason. */
	public long droppedFrames() {
		return get(Counter.BAD_CRC) + get(Counter.TOO_SHORT) + get(Counter.LENGTH_MISMATCH) + get(Counter.OVERSIZED)
				+ get(Counter.ABORTED);
	}

	/** The non-zero counters, e.g. for a log line. */
	public Map<Counter, Long> nonZero() {
		Map<Counter, Long> map = new EnumMap<>(Counter.class);
		for (Counter c : Counter.values()) {
			long v = get(c);
			if (v != 0) {
				map.put(c, v);
			}
		}
		return map;
	}

	@Override
	public String toString() {
		return nonZero().toString();
	}
}
