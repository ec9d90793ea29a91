package com.switchdesk.ui.tests.licence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import com.switchdesk.licence.ActivationResult;
import com.switchdesk.licence.LicenceService;
import com.switchdesk.licence.LicenceState;
import com.switchdesk.licence.LicenceStatus;
import com.switchdesk.product.licence.LicenceMeter;

/** F03: the running console counts its time on its own thread and notices, once, when the trial ends. */
class F03LicenceMeterTest {

	/** Trial for the first ticks, expired after; records which threads tick. */
	private static final class CountingLicence implements LicenceService {
		final AtomicInteger ticks = new AtomicInteger();
		final CountDownLatch fiveTicks = new CountDownLatch(5);
		volatile String tickThread;

		@Override
		public LicenceStatus status() {
			return new LicenceStatus(ticks.get() < 3 ? LicenceState.TRIAL : LicenceState.EXPIRED, Duration.ZERO,
					TRIAL_LENGTH);
		}

		@Override
		public String registrationCode() {
			return "ABCD-EFGH-JKLM-NPQR-STUV";
		}

		@Override
		public ActivationResult activate(String activationCode) {
			return ActivationResult.MALFORMED;
		}

		@Override
		public LicenceStatus tick() {
			tickThread = Thread.currentThread().getName();
			ticks.incrementAndGet();
			fiveTicks.countDown();
			return status();
		}
	}

	@Test
	void f03_meterTicksOffTheDisplayThreadAndReportsTheEndOnce() throws InterruptedException {
		CountingLicence licence = new CountingLicence();
		AtomicInteger reports = new AtomicInteger();
		CountDownLatch reported = new CountDownLatch(1);
		try (LicenceMeter meter = LicenceMeter.start(licence, Duration.ofMillis(10), () -> {
			reports.incrementAndGet();
			reported.countDown();
		})) {
			assertTrue(reported.await(5, TimeUnit.SECONDS), "the end of the trial was reported");
			assertTrue(licence.fiveTicks.await(5, TimeUnit.SECONDS), "the meter keeps ticking");
		}
		assertEquals(1, reports.get(), "reported once, not at every tick");
		assertEquals("licence-meter", licence.tickThread);
	}
}
