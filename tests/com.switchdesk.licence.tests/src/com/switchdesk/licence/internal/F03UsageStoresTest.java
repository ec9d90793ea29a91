package com.switchdesk.licence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * F03: the used trial time survives restarts and is kept in two independent stores (a file and a
 * preferences node); deleting or tampering with one store does not reset the count.
 */
class F03UsageStoresTest {

	private static final Duration TWO_HOURS = Duration.ofHours(2);

	@TempDir
	Path home;
	private LicenceFixture pc;

	@BeforeEach
	void pcWithTwoHoursUsed() {
		pc = new LicenceFixture(home);
		pc.use(pc.start(), TWO_HOURS);
	}

	@Test
	void f03_trialCountSurvivesRestart() {
		TrialLicence restarted = pc.start();

		assertEquals(TWO_HOURS, restarted.status().used());
		pc.use(restarted, Duration.ofMinutes(30));
		assertEquals(TWO_HOURS.plusMinutes(30), pc.start().status().used(), "and keeps counting from there");
	}

	@Test
	void f03_usageIsWrittenToBothStores() {
		assertTrue(Files.isRegularFile(usageFile()), "file store");
		assertNotNull(pc.preferences.get(LicenceRecords.USAGE_KEY, null), "preferences store");
	}

	@Test
	void f03_deletingTheUsageFileDoesNotResetTheCount() throws IOException {
		Files.delete(usageFile());

		assertEquals(TWO_HOURS, pc.start().status().used());
		assertTrue(Files.isRegularFile(usageFile()), "the file is written again on start");
	}

	@Test
	void f03_deletingTheWholeLicenceFolderDoesNotResetTheCount() throws IOException {
		Files.delete(usageFile());
		Files.delete(usageFile().getParent());

		assertEquals(TWO_HOURS, pc.start().status().used());
	}

	@Test
	void f03_clearingThePreferencesDoesNotResetTheCount() throws IOException {
		pc.preferences.remove(LicenceRecords.USAGE_KEY);

		assertEquals(TWO_HOURS, pc.start().status().used());
		assertEquals(pc.files.read(LicenceRecords.USAGE_KEY).orElseThrow(),
				pc.preferences.get(LicenceRecords.USAGE_KEY, null), "the preferences are repaired on start");
	}

	@Test
	void f03_largestValidValueWins() throws IOException {
		String olderCopy = pc.files.read(LicenceRecords.USAGE_KEY).orElseThrow();
		pc.use(pc.start(), Duration.ofHours(1));
		Duration now = TWO_HOURS.plusHours(1);

		pc.files.write(LicenceRecords.USAGE_KEY, olderCopy);
		assertEquals(now, pc.start().status().used(), "an old copy of the file put back");
		pc.preferences.put(LicenceRecords.USAGE_KEY, olderCopy);
		assertEquals(now, pc.start().status().used(), "an old copy of the preferences put back");
	}

	@Test
	void f03_tamperedStoreValueIsIgnored() throws IOException {
		String sealed = pc.files.read(LicenceRecords.USAGE_KEY).orElseThrow();
		// change the number, keep the MAC
		String edited = sealed.replace(":" + TWO_HOURS.toMillis() + ":", ":" + Duration.ofHours(1).toMillis() + ":");
		assertNotEquals(sealed, edited, "the test edited the stored number");
		pc.files.write(LicenceRecords.USAGE_KEY, edited);
		pc.preferences.put(LicenceRecords.USAGE_KEY, "garbage");

		TrialLicence licence = pc.start();

		// neither value is trusted, not even the plausible one hour: with both unusable, none is left
		assertEquals(Duration.ZERO, licence.status().used());
	}

	@Test
	void f03_tamperedValueLosesToTheIntactStore() throws IOException {
		String sealed = pc.files.read(LicenceRecords.USAGE_KEY).orElseThrow();
		// a forged huge value would win as the largest if it were trusted, and expire the trial
		String forged = sealed.replace(":" + TWO_HOURS.toMillis() + ":", ":" + Duration.ofHours(500).toMillis() + ":");
		pc.files.write(LicenceRecords.USAGE_KEY, forged);

		assertEquals(TWO_HOURS, pc.start().status().used());
		assertEquals(sealed, pc.files.read(LicenceRecords.USAGE_KEY).orElseThrow(), "overwritten on start");
	}

	@Test
	void f03_usageCopiedFromAnotherPcIsIgnored(@TempDir Path otherHome) throws IOException {
		LicenceFixture other = pc.otherPc(otherHome);
		other.use(other.start(), Duration.ofHours(100), Duration.ofMinutes(5));
		String foreign = other.files.read(LicenceRecords.USAGE_KEY).orElseThrow();

		pc.files.write(LicenceRecords.USAGE_KEY, foreign);

		assertEquals(TWO_HOURS, pc.start().status().used(), "another PC's seal does not open here");
	}

	private Path usageFile() {
		return pc.files.file(LicenceRecords.USAGE_KEY);
	}
}
