package com.switchdesk.ui.tests.licence;

import java.time.Duration;

import com.switchdesk.licence.ActivationResult;
import com.switchdesk.licence.LicenceService;
import com.switchdesk.licence.LicenceState;
import com.switchdesk.licence.LicenceStatus;

/**
 * The product's real licence service seen as if its trial had ended: this PC's real registration code and
 * the real verification of activation codes (the vendor key built into the product), but "expired" until a
 * code unlocks it. Waiting 140 hours is not a test.
 */
public final class ExpiredLicence implements LicenceService {

	private final LicenceService real;
	private volatile boolean activated;

	public ExpiredLicence(LicenceService real) {
		this.real = real;
	}

	@Override
	public LicenceStatus status() {
		return activated ? new LicenceStatus(LicenceState.ACTIVATED, Duration.ZERO, TRIAL_LENGTH)
				: new LicenceStatus(LicenceState.EXPIRED, TRIAL_LENGTH, TRIAL_LENGTH);
	}

	@Override
	public String registrationCode() {
		return real.registrationCode();
	}

	@Override
	public ActivationResult activate(String activationCode) {
		ActivationResult result = real.activate(activationCode);
		activated |= result.unlocks();
		return result;
	}

	@Override
	public LicenceStatus tick() {
		return status();
	}
}
