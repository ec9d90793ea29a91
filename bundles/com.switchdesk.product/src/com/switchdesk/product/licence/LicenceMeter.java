package com.switchdesk.product.licence;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.switchdesk.licence.LicenceService;
import com.switchdesk.licence.LicenceStatus;

/**
 * Counts the console's running time against the trial: calls {@link LicenceService#tick()} every
 * {@link LicenceService#TICK_INTERVAL} on its own daemon thread (the tick writes to disk, which the display
 * thread must never wait for), and reports once when the trial runs out while the console is in use.
 */
public final class LicenceMeter implements AutoCloseable {

	private static final System.Logger LOG = System.getLogger(LicenceMeter.class.getName());

	private final LicenceService licence;
	private final Runnable onExpired;
	private final ScheduledExecutorService thread;
	private boolean expiryReported;

	private LicenceMeter(LicenceService licence, Runnable onExpired) {
		this.licence = Objects.requireNonNull(licence, "licence");
		this.onExpired = Objects.requireNonNull(onExpired, "onExpired");
		this.thread = Executors.newSingleThreadScheduledExecutor(work -> {
			Thread t = new Thread(work, "licence-meter");
			t.setDaemon(true); // never keeps the JVM alive; the licence service credits the last minutes itself
			return t;
		});
	}

	/**
	 * Starts ticking.
	 *
	 * @param licence   the licence to tick
	 * @param interval  time between ticks; {@link LicenceService#TICK_INTERVAL} in the product
	 * @param onExpired called once, on the meter's thread, when a tick finds the trial has run out
	 * @return the running meter; close it to stop
	 */
	public static LicenceMeter start(LicenceService licence, Duration interval, Runnable onExpired) {
		LicenceMeter meter = new LicenceMeter(licence, onExpired);
		meter.thread.scheduleWithFixedDelay(meter::tick, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
		return meter;
	}

	private void tick() {
		try {
			LicenceStatus status = licence.tick();
			if (!status.mayRun() && !expiryReported) {
				expiryReported = true;
				onExpired.run();
			}
		} catch (RuntimeException e) {
			// a failing tick must not stop the meter: the next one credits the time again
			LOG.log(Level.WARNING, "The licence meter could not count this minute", e);
		}
	}

	/** Stops ticking; waits for nothing. */
	@Override
	public void close() {
		thread.shutdownNow();
	}
}
