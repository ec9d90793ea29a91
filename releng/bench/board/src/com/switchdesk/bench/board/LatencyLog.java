package com.switchdesk.bench.board;

import java.util.Arrays;

/** Latency samples in nanoseconds, recorded on one thread; percentiles in milliseconds. */
final class LatencyLog {

	private long[] samples;
	private int size;

	LatencyLog(int capacity) {
		samples = new long[Math.max(16, capacity)];
	}

	void add(long nanos) {
		if (size == samples.length) {
			samples = Arrays.copyOf(samples, size * 2);
		}
		samples[size++] = nanos;
	}

	void clear() {
		size = 0;
	}

	int size() {
		return size;
	}

	/** The nearest-rank percentile (100 = the maximum), in milliseconds; 0 without samples. */
	double percentile(double p) {
		if (size == 0) {
			return 0;
		}
		long[] sorted = Arrays.copyOf(samples, size);
		Arrays.sort(sorted);
		int rank = (int) Math.ceil(p / 100.0 * size);
		return sorted[Math.max(0, Math.min(size - 1, rank - 1))] / 1e6;
	}
}
