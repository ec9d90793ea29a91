package com.switchdesk.licence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.switchdesk.licence.ActivationResult;
import com.switchdesk.licence.LicenceState;

/** F03: storage that fails is reported, never fatal; one working store is enough to keep the licence. */
class F03StorageFailureTest {

	/** A store on a broken disk: every read and write fails. */
	private static final ValueStore BROKEN = new ValueStore() {
		@Override
		public Optional<String> read(String key) throws IOException {
			throw new IOException("disk gone");
		}

		@Override
		public void write(String key, String value) throws IOException {
			throw new IOException("disk gone");
		}

		@Override
		public String describe() {
			return "a broken test store";
		}
	};

	@TempDir
	Path home;
	private LicenceFixture pc;

	@BeforeEach
	void newPc() {
		pc = new LicenceFixture(home);
	}

	@Test
	void f03_oneWorkingStoreKeepsTheCountAcrossRestarts() {
		pc.use(pc.startWith(List.of(BROKEN, pc.files)), Duration.ofMinutes(45));

		assertEquals(Duration.ofMinutes(45), pc.startWith(List.of(BROKEN, pc.files)).status().used());
	}

	@Test
	void f03_meterCountsInMemoryWhenNoStoreWorks() {
		TrialLicence licence = pc.startWith(List.of(BROKEN));

		pc.use(licence, Duration.ofMinutes(20));

		assertEquals(Duration.ofMinutes(20), licence.status().used());
	}

	@Test
	void f03_activationThatCannotBeSavedSaysSo() {
		TrialLicence licence = pc.startWith(List.of(BROKEN));

		ActivationResult result = licence.activate(pc.vendor.issue(licence.registrationCode()));

		assertEquals(ActivationResult.ACTIVATED_NOT_SAVED, result);
		assertEquals(LicenceState.ACTIVATED, licence.status().state(), "unlocked for this session anyway");
	}
}
