package com.switchdesk.pbx.serial.tests.support;

import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;

import com.switchdesk.pbx.Scheduler;
import com.switchdesk.pbx.serial.Transport;
import com.switchdesk.pbx.serial.TransportFactory;

/**
 * An in-memory cable between two transport factories, end A (the console's) and end B (the PBX's),
 * with faults on demand: filter or rewrite what one direction carries (each {@code send} is one
 * frame, since the link writes frame by frame), add latency, or pull the cable. Delivery goes
 * through the scheduler, so with a ManualScheduler everything runs on the test's thread.
 */
public final class MemoryPipe {

	/** Rewrites what one {@code send} carries: return the bytes, other bytes, or several chunks. */
	public interface Fault {
		List<byte[]> apply(byte[] frame);
	}

	private static final Fault NONE = List::of;

	private final Scheduler scheduler;
	private final End a = new End("A");
	private final End b = new End("B");
	private boolean plugged = true;
	private Duration latency = Duration.ZERO;
	/** 0: unlimited; otherwise each direction carries this many bytes a second, one chunk after another. */
	private int bytesPerSecond;

	public MemoryPipe(Scheduler scheduler) {
		this.scheduler = scheduler;
		a.peer = b;
		b.peer = a;
	}

	/** The console's end. */
	public TransportFactory a() {
		return a;
	}

	/** The PBX's end. */
	public TransportFactory b() {
		return b;
	}

	/** What the console sends on its way to the PBX. */
	public synchronized void faultAToB(Fault fault) {
		a.fault = fault == null ? NONE : fault;
	}

	/** What the PBX sends on its way to the console. */
	public synchronized void faultBToA(Fault fault) {
		b.fault = fault == null ? NONE : fault;
	}

	/** Every chunk arrives this much later (in order). */
	public synchronized void latency(Duration d) {
		latency = d;
	}

	/** Limits each direction to a line speed, e.g. 960 bytes/s for 9600 baud 8N1. */
	public synchronized void bytesPerSecond(int rate) {
		bytesPerSecond = rate;
	}

	/** Pulls the cable: both open transports fail, and opening fails until {@link #plug()}. */
	public void unplug() {
		End[] ends = { a, b };
		synchronized (this) {
			plugged = false;
		}
		for (End end : ends) {
			PipeTransport t = end.current;
			end.current = null;
			if (t != null) {
				t.open = false;
				t.listener.failed("Memory pipe " + end.name + " unplugged", true);
			}
		}
	}

	public synchronized void plug() {
		plugged = true;
	}

	private final class End implements TransportFactory {
		final String name;
		End peer;
		volatile PipeTransport current;
		Fault fault = NONE;
		/** When the line from this end is free again (for the speed limit). */
		java.time.Instant lineFree = java.time.Instant.MIN;

		End(String name) {
			this.name = name;
		}

		@Override
		public Transport create() {
			return new PipeTransport(this);
		}

		@Override
		public String describe() {
			return "memory pipe " + name;
		}

		@Override
		public Duration airTime(int bytes) {
			synchronized (MemoryPipe.this) {
				return bytesPerSecond == 0 ? Duration.ZERO : Duration.ofNanos(1_000_000_000L * bytes / bytesPerSecond);
			}
		}
	}

	private final class PipeTransport implements Transport {
		final End end;
		volatile Listener listener;
		volatile boolean open;

		PipeTransport(End end) {
			this.end = end;
		}

		@Override
		public void open(Listener l) {
			listener = l;
			boolean ok;
			synchronized (MemoryPipe.this) {
				ok = plugged;
			}
			if (ok) {
				open = true;
				end.current = this;
				l.opened();
			} else {
				l.failed("Memory pipe " + end.name + " not plugged in", true);
			}
		}

		@Override
		public void send(byte[] bytes) {
			if (!open) {
				return;
			}
			Fault fault;
			Duration delay;
			synchronized (MemoryPipe.this) {
				fault = end.fault;
				delay = latency;
			}
			for (byte[] chunk : fault.apply(bytes.clone())) {
				Duration wait = delay.plus(onTheLine(chunk.length));
				Runnable deliver = () -> {
					PipeTransport peer = end.peer.current;
					if (peer != null && peer.open && open) {
						peer.listener.received(chunk);
					}
				};
				scheduler.schedule(wait, deliver);
			}
		}

		/** With a speed limit: the time until the chunk has been sent after those before it. */
		private Duration onTheLine(int length) {
			synchronized (MemoryPipe.this) {
				if (bytesPerSecond == 0) {
					return Duration.ZERO;
				}
				java.time.Instant now = scheduler.now();
				java.time.Instant start = end.lineFree.isAfter(now) ? end.lineFree : now;
				end.lineFree = start.plus(end.airTime(length));
				return Duration.between(now, end.lineFree);
			}
		}

		@Override
		public void close() {
			open = false;
			if (end.current == this) {
				end.current = null;
			}
		}
	}

	/** A fault that passes everything. */
	public static Fault none() {
		return NONE;
	}

	/** A fault that drops everything (a silent line in that direction). */
	public static Fault silence() {
		return frame -> List.of();
	}

	/** Applies {@code change} to every frame's bytes. */
	public static Fault rewrite(UnaryOperator<byte[]> change) {
		return frame -> List.of(change.apply(frame));
	}
}
