package com.switchdesk.licence;

import java.time.Duration;
import java.util.Objects;

/**
 * An immutable snapshot of the licence, taken at the moment {@link LicenceService#status()} or
 * {@link LicenceService#tick()} returned.
 *
 * @param state       whether the console may be used
 * @param used        trial time used so far (real running time, never more than {@code trialLength})
 * @param trialLength the length of the trial, {@link LicenceService#TRIAL_LENGTH}
 */
public record LicenceStatus(LicenceState state, Duration used, Duration trialLength) {

	/** @throws NullPointerException if any component is {@code null} */
	public LicenceStatus {
		Objects.requireNonNull(state, "state");
		Objects.requireNonNull(used, "used");
		Objects.requireNonNull(trialLength, "trialLength");
	}

	/** @return trial time still left, zero when expired; meaningless (but non-negative) when activated */
	public Duration remaining() {
		Duration left = trialLength.minus(used);
		return left.isNegative() ? Duration.ZERO : left;
	}

	/** @return {@code true} unless the trial has expired without activation */
	public boolean mayRun() {
		return state != LicenceState.EXPIRED;
	}
}
