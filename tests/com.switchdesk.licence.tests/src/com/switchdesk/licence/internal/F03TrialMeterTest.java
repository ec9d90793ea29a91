package com.switchdesk.licence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.switchdesk.licence.LicenceService;
import com.switchdesk.licence.LicenceState;
import com.switchdesk.licence.LicenceStatus;

/** F03: the trial is 140 hours of real running time, measured by ticks on an injected clock. */
class F03TrialMeterTest {

	@TempDir
	Path home;
	private LicenceFixture pc;

	@BeforeEach
	void newPc() {
		pc = new LicenceFixture(home);
	}

	@Test
	void f03_newInstallationStartsAFullTrial() {
		LicenceStatus status = pc.start().status();

		assertEquals(LicenceState.TRIAL, status.state());
		assertEquals(Duration.ZERO, status.used());
		assertEquals(Duration.ofHours(140), status.remaining());
		assertTrue(status.mayRun());
	}

	@Test
	void f03_ticksCountRunningTime() {
		TrialLicence licence = pc.start();

		pc.use(licence, Duration.ofMinutes(90));

		assertEquals(Duration.ofMinutes(90), licence.status().used());
		assertEquals(Duration.ofHours(140).minusMinutes(90), licence.status().remaining());
	}

	@Test
	void f03_timeWhileTheConsoleIsNotRunningDoesNotCount() {
		TrialLicence licence = pc.start();
		pc.use(licence, Duration.ofMinutes(10));

		pc.clock.advance(Duration.ofDays(3)); // console closed, or the PC asleep, for three days
		LicenceStatus afterGap = licence.tick();

		assertEquals(Duration.ofMinutes(10).plus(LicenceService.MAX_CREDIT_PER_TICK), afterGap.used());
	}

	@Test
	void f03_settingTheClockBackNeitherSubtractsNorStopsTheMeter() {
		TrialLicence licence = pc.start();
		pc.use(licence, Duration.ofMinutes(30));

		pc.clock.advance(Duration.ofDays(-365));
		assertEquals(Duration.ofMinutes(30), licence.tick().used(), "going back a year credits nothing");
		pc.use(licence, Duration.ofMinutes(5));

		assertEquals(Duration.ofMinutes(35), licence.status().used(), "the meter keeps running afterwards");
	}

	@Test
	void f03_trialExpiresAfter140HoursOfUse() {
		TrialLicence licence = pc.start();

		Duration step = LicenceService.MAX_CREDIT_PER_TICK;
		pc.use(licence, Duration.ofHours(140).minus(step), step);
		assertEquals(LicenceState.TRIAL, licence.status().state(), "still on trial one tick before the end");
		pc.clock.advance(step.plusMinutes(1)); // the last tick is capped at the trial length
		LicenceStatus expired = licence.tick();

		assertEquals(LicenceState.EXPIRED, expired.state());
		assertEquals(Duration.ofHours(140), expired.used(), "used never exceeds the trial");
		assertEquals(Duration.ZERO, expired.remaining());
		assertFalse(expired.mayRun());
	}

	@Test
	void f03_expiredTrialStaysExpiredAfterRestart() throws IOException {
		pc.storeUsage(Duration.ofHours(140));
		TrialLicence expired = pc.start();
		assertEquals(LicenceState.EXPIRED, expired.status().state());
		pc.use(expired, Duration.ofMinutes(5));

		assertEquals(LicenceState.EXPIRED, pc.start().status().state());
	}

	@Test
	void f03_registrationCodeIsShownWhileExpired() throws IOException {
		pc.storeUsage(Duration.ofHours(140));
		TrialLicence licence = pc.start();

		assertEquals(LicenceState.EXPIRED, licence.status().state());
		assertTrue(licence.registrationCode().matches("([A-HJ-NP-Z2-9]{4}-){4}[A-HJ-NP-Z2-9]{4}"),
				licence.registrationCode());
	}
}
