package com.switchdesk.pbx.serial.tests.bench;

import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import com.switchdesk.pbx.serial.Transport;
import com.switchdesk.pbx.serial.TransportFactory;
import com.switchdesk.pbx.serial.internal.codec.Counters;
import com.switchdesk.pbx.serial.internal.codec.FrameDecoder;

/**
 * One side's transports, counted and optionally paced: every frame this side sends is decoded again
 * to count its type, payload and bytes on the wire; with a line rate set, a pacer thread lets the
 * bytes through no faster than a UART would send them (each chunk when its last byte would have
 * left), so the pseudo-terminal behaves like a serial line of that speed in this direction.
 */
final class MeteredLine implements TransportFactory {

	/** What one direction carried: per frame type (0–255), frames, bytes on the wire and payload bytes. */
	static final class Meter {
		final long[] frames = new long[256];
		final long[] wire = new long[256];
		final long[] payload = new long[256];
		/** Time the paced line spent sending, in nanoseconds. */
		long busyNanos;
		/** Times the paced line fell idle: for under 0.1 ms, 0.1–1 ms, 1–10 ms, longer. */
		final long[] gaps = new long[4];
		long longestGapNanos;

		Meter copy() {
			Meter m = new Meter();
			System.arraycopy(frames, 0, m.frames, 0, 256);
			System.arraycopy(wire, 0, m.wire, 0, 256);
			System.arraycopy(payload, 0, m.payload, 0, 256);
			m.busyNanos = busyNanos;
			System.arraycopy(gaps, 0, m.gaps, 0, 4);
			m.longestGapNanos = longestGapNanos;
			return m;
		}

		Meter minus(Meter before) {
			Meter m = new Meter();
			for (int i = 0; i < 256; i++) {
				m.frames[i] = frames[i] - before.frames[i];
				m.wire[i] = wire[i] - before.wire[i];
				m.payload[i] = payload[i] - before.payload[i];
			}
			m.busyNanos = busyNanos - before.busyNanos;
			for (int i = 0; i < 4; i++) {
				m.gaps[i] = gaps[i] - before.gaps[i];
			}
			m.longestGapNanos = longestGapNanos; // since the start: the window's own is not kept
			return m;
		}

		long totalWire() {
			long sum = 0;
			for (long w : wire) {
				sum += w;
			}
			return sum;
		}
	}

	private final TransportFactory inner;
	private final Meter meter = new Meter();
	private final FrameDecoder decoder = new FrameDecoder(new Counters());
	private volatile int bytesPerSecond;
	private volatile long delayNanos;

	MeteredLine(TransportFactory inner) {
		this.inner = inner;
	}

	/** 0: as fast as the pseudo-terminal goes; otherwise this many bytes a second. */
	void pace(int rate) {
		bytesPerSecond = rate;
	}

	/** Each frame arrives at the other end at least this long after it was handed over (0: at once). */
	void delay(Duration d) {
		delayNanos = d.toNanos();
	}

	/** What this side has sent so far. */
	synchronized Meter snapshot() {
		return meter.copy();
	}

	private synchronized void count(byte[] bytes) {
		int[] type = { -1 };
		int[] payload = { 0 };
		decoder.feed(bytes, f -> {
			type[0] = f.type();
			payload[0] = f.payload().length;
		});
		if (type[0] >= 0) {
			meter.frames[type[0]]++;
			meter.wire[type[0]] += bytes.length;
			meter.payload[type[0]] += payload[0];
		}
	}

	private synchronized void busy(long nanos, long idleBefore) {
		meter.busyNanos += nanos;
		if (idleBefore > 0) {
			meter.gaps[idleBefore < 100_000 ? 0 : idleBefore < 1_000_000 ? 1 : idleBefore < 10_000_000 ? 2 : 3]++;
			meter.longestGapNanos = Math.max(meter.longestGapNanos, idleBefore);
		}
	}

	/** Forgets the longest gap so far (it is kept since the start, not per window). */
	synchronized void resetLongestGap() {
		meter.longestGapNanos = 0;
	}

	@Override
	public Transport create() {
		return new Metered(inner.create());
	}

	@Override
	public String describe() {
		return inner.describe();
	}

	@Override
	public Duration airTime(int bytes) {
		return inner.airTime(bytes);
	}

	private record Chunk(byte[] bytes, long at) {
	}

	private final class Metered implements Transport {
		private final Transport transport;
		/** Frames waiting for the line, with the time each was handed over. */
		private final LinkedBlockingQueue<Chunk> line = new LinkedBlockingQueue<>();
		private volatile boolean closed;

		Metered(Transport transport) {
			this.transport = transport;
		}

		@Override
		public void open(Listener listener) {
			Thread pacer = new Thread(this::pace, "line-pacer");
			pacer.setDaemon(true);
			pacer.start();
			transport.open(listener);
		}

		@Override
		public void send(byte[] bytes) {
			count(bytes); // each send is one frame: the link writes frame by frame
			if (bytesPerSecond == 0 && delayNanos == 0 && line.isEmpty()) {
				transport.send(bytes);
			} else {
				line.add(new Chunk(bytes, System.nanoTime()));
			}
		}

		private void pace() {
			long lineFree = System.nanoTime();
			try {
				while (!closed) {
					Chunk chunk = line.poll(100, TimeUnit.MILLISECONDS);
					if (chunk == null) {
						continue;
					}
					byte[] bytes = chunk.bytes;
					int rate = bytesPerSecond;
					long arrives = chunk.at + delayNanos;
					if (rate > 0) {
						// a UART sends a frame handed over while the last one is on the wire right after it
						long air = 1_000_000_000L * bytes.length / rate;
						long start = Math.max(chunk.at, lineFree);
						busy(air, chunk.at - lineFree);
						lineFree = start + air;
						arrives = Math.max(arrives, lineFree);
					}
					for (long left; (left = arrives - System.nanoTime()) > 0;) {
						LockSupport.parkNanos(left);
					}
					transport.send(bytes);
				}
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}

		@Override
		public void close() {
			closed = true;
			transport.close();
		}
	}
}
