package com.switchdesk.licence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.switchdesk.licence.ActivationResult;
import com.switchdesk.licence.LicenceService;
import com.switchdesk.licence.LicenceState;

/** F03: a vendor-signed activation code for this PC's registration code unlocks permanent use here only. */
class F03ActivationTest {

	@TempDir
	Path home;
	private LicenceFixture pc;
	private TrialLicence licence;

	@BeforeEach
	void pcWithExpiredTrial() throws IOException {
		pc = new LicenceFixture(home);
		pc.storeUsage(LicenceService.TRIAL_LENGTH);
		licence = pc.start();
		assertEquals(LicenceState.EXPIRED, licence.status().state());
	}

	@Test
	void f03_validActivationCodeUnlocksAnExpiredTrial() {
		String code = pc.vendor.issue(licence.registrationCode());

		assertEquals(ActivationResult.ACTIVATED, licence.activate(code));
		assertEquals(LicenceState.ACTIVATED, licence.status().state());
		assertEquals(LicenceState.ACTIVATED, licence.tick().state(), "ticking does not undo it");
	}

	@Test
	void f03_activationSurvivesRestart() {
		licence.activate(pc.vendor.issue(licence.registrationCode()));

		assertEquals(LicenceState.ACTIVATED, pc.start().status().state());
	}

	@Test
	void f03_activationSurvivesDeletingOneStore() {
		licence.activate(pc.vendor.issue(licence.registrationCode()));
		pc.preferences.remove(LicenceRecords.ACTIVATION_KEY);

		assertEquals(LicenceState.ACTIVATED, pc.start().status().state());
	}

	@Test
	void f03_activationCodeIsAcceptedAsTypedByAPerson() {
		String code = pc.vendor.issue(licence.registrationCode());
		String typed = " " + code.toLowerCase(Locale.ROOT).replace("-", " ") + "\n";

		assertEquals(ActivationResult.ACTIVATED, licence.activate(typed));
	}

	@Test
	void f03_activationCodeForAnotherPcIsRefused(@TempDir Path otherHome) {
		String otherRegistration = pc.otherPc(otherHome).start().registrationCode();

		assertEquals(ActivationResult.WRONG_PC, licence.activate(pc.vendor.issue(otherRegistration)));
		assertEquals(LicenceState.EXPIRED, licence.status().state());
	}

	@Test
	void f03_tamperedActivationCodeIsRefused() {
		String code = pc.vendor.issue(licence.registrationCode());
		int position = 60; // inside the signature
		char changed = code.charAt(position) == 'A' ? 'B' : 'A';
		String tampered = code.substring(0, position) + changed + code.substring(position + 1);

		assertEquals(ActivationResult.BAD_SIGNATURE, licence.activate(tampered));
		assertEquals(LicenceState.EXPIRED, licence.status().state());
	}

	@Test
	void f03_codeWithThisPcsRegistrationButAnotherPcsSignatureIsRefused(@TempDir Path otherHome) {
		String otherCode = pc.vendor.issue(pc.otherPc(otherHome).start().registrationCode());
		String spliced = licence.registrationCode() + otherCode.substring(licence.registrationCode().length());

		assertEquals(ActivationResult.BAD_SIGNATURE, licence.activate(spliced));
	}

	@Test
	void f03_codeFromAnotherVendorKeyIsRefused() {
		String forged = new TestVendor().issue(licence.registrationCode());

		assertEquals(ActivationResult.BAD_SIGNATURE, licence.activate(forged));
	}

	@Test
	void f03_malformedActivationCodesAreRefused() {
		String valid = pc.vendor.issue(licence.registrationCode());

		assertEquals(ActivationResult.MALFORMED, licence.activate(""));
		assertEquals(ActivationResult.MALFORMED, licence.activate(licence.registrationCode()));
		assertEquals(ActivationResult.MALFORMED, licence.activate(valid.substring(0, valid.length() - 1)));
		assertEquals(ActivationResult.MALFORMED, licence.activate(valid + "A"));
		assertEquals(ActivationResult.MALFORMED, licence.activate("0" + valid.substring(1)), "0 is not in the alphabet");
		assertEquals(ActivationResult.MALFORMED, licence.activate(valid.substring(0, valid.length() - 1) + "B"),
				"padding bits set: only one spelling of each code is valid");
		assertThrows(NullPointerException.class, () -> licence.activate(null));
		assertEquals(LicenceState.EXPIRED, licence.status().state());
	}

	@Test
	void f03_storedActivationForAnotherPcDoesNotActivate(@TempDir Path otherHome) throws Exception {
		// someone copies an activated PC's licence folder and preferences to this PC
		LicenceFixture other = pc.otherPc(otherHome);
		TrialLicence otherLicence = other.start();
		otherLicence.activate(pc.vendor.issue(otherLicence.registrationCode()));
		String copied = other.files.read(LicenceRecords.ACTIVATION_KEY).orElseThrow();
		pc.files.write(LicenceRecords.ACTIVATION_KEY, copied);
		pc.preferences.put(LicenceRecords.ACTIVATION_KEY, copied);

		assertEquals(LicenceState.EXPIRED, pc.start().status().state());
	}

	@Test
	void f03_activatedConsoleNoLongerCountsTrialTime() {
		LicenceFixture freshPc = new LicenceFixture(home.resolve("fresh"));
		TrialLicence fresh = freshPc.start();
		freshPc.use(fresh, Duration.ofMinutes(10));
		fresh.activate(freshPc.vendor.issue(fresh.registrationCode()));

		freshPc.use(fresh, Duration.ofMinutes(30));

		assertEquals(Duration.ofMinutes(10), fresh.status().used());
	}
}
