package com.switchdesk.store.tests.bench;

import java.util.Arrays;

/** Collects durations and reports percentiles in milliseconds. */
final class Latency {

	private long[] nanos = new long[1024];
	private int count;

	void add(long durationNanos) {
		if (count == nanos.length) {
			nanos = Arrays.copyOf(nanos, count * 2);
		}
		nanos[count++] = durationNanos;
	}

	double percentile(double p) {
		long[] sorted = Arrays.copyOf(nanos, count);
		Arrays.sort(sorted);
		int index = (int) Math.min(count - 1, Math.max(0, Math.ceil(p / 100 * count) - 1));
		return sorted[index] / 1e6;
	}

	@Override
	public String toString() {
		return String.format("p50 %.3f ms, p99 %.3f ms, max %.3f ms (n=%d)", percentile(50), percentile(99),
				percentile(100), count);
	}
}
