package com.switchdesk.licence;

/** The outcome of {@link LicenceService#activate(String)}; the UI turns each value into a message. */
public enum ActivationResult {
	/** The code is valid for this PC; permanent use is unlocked and remembered. */
	ACTIVATED,
	/**
	 * The code is valid for this PC and unlocks this session, but could not be saved in any licence store
	 * (see the log): the user will have to enter it again after a restart.
	 */
	ACTIVATED_NOT_SAVED,
	/** The code is genuine but was issued for another PC's registration code. */
	WRONG_PC,
	/** The text is not an activation code at all: wrong length or characters outside the code alphabet. */
	MALFORMED,
	/** The text looks like an activation code but its signature is not the vendor's: mistyped or forged. */
	BAD_SIGNATURE;

	/** @return {@code true} if the console is now activated */
	public boolean unlocks() {
		return this == ACTIVATED || this == ACTIVATED_NOT_SAVED;
	}
}
