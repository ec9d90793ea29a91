package com.switchdesk.licence;

/** Whether the console may be used, as reported by {@link LicenceStatus#state()}. */
public enum LicenceState {
	/** Not activated and fewer than {@link LicenceService#TRIAL_LENGTH} hours used: the console runs. */
	TRIAL,
	/** Not activated and the trial hours are used up: the UI asks for an activation code. */
	EXPIRED,
	/** A valid activation code for this PC has been entered: permanent use, the trial no longer matters. */
	ACTIVATED
}
