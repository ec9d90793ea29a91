package com.switchdesk.product.licence;

import java.time.Duration;

import org.eclipse.osgi.util.NLS;

import com.switchdesk.licence.ActivationResult;
import com.switchdesk.licence.LicenceState;
import com.switchdesk.licence.LicenceStatus;

/** The licence's states and results in the user's words. */
public final class LicenceTexts {

	private LicenceTexts() {
	}

	/** @return e.g. "Trial: 96 of 140 hours left", "Activated for this PC" */
	public static String status(LicenceStatus status) {
		if (status.state() == LicenceState.ACTIVATED) {
			return Messages.Status_activated;
		}
		if (status.state() == LicenceState.EXPIRED) {
			return Messages.Status_expired;
		}
		return NLS.bind(Messages.Status_trial, hours(status.remaining()), hours(status.trialLength()));
	}

	/** Whole hours, rounded down, except that less than an hour left shows as "less than 1". */
	static String hours(Duration duration) {
		long hours = duration.toHours();
		return hours == 0 && !duration.isZero() ? Messages.Hours_lessThanOne : Long.toString(hours);
	}

	static String explain(ActivationResult result) {
		return switch (result) {
		case ACTIVATED, ACTIVATED_NOT_SAVED -> Messages.Result_activated;
		case WRONG_PC -> Messages.Result_wrongPc;
		case MALFORMED -> Messages.Result_malformed;
		case BAD_SIGNATURE -> Messages.Result_badSignature;
		};
	}
}
