package com.switchdesk.licence;

import java.time.Duration;

/**
 * The console's licence: trial-hours meter, this PC's registration code and activation. Registered as an
 * OSGi service; see the package documentation for threading, blocking and null rules.
 */
public interface LicenceService {

	/** How much real running time the trial allows. */
	Duration TRIAL_LENGTH = Duration.ofHours(140);

	/**
	 * How often the application should call {@link #tick()}. Ticking less often loses time: a single tick
	 * credits at most {@link #MAX_CREDIT_PER_TICK}.
	 */
	Duration TICK_INTERVAL = Duration.ofMinutes(1);

	/**
	 * The most one tick can add. A longer gap since the previous tick means the PC slept or the clock was
	 * moved forward, and neither is use of the console.
	 */
	Duration MAX_CREDIT_PER_TICK = Duration.ofMinutes(5);

	/**
	 * Returns the current licence status from memory. Never blocks.
	 *
	 * @return the status now, never {@code null}
	 */
	LicenceStatus status();

	/**
	 * Returns this PC's registration code, e.g. {@code ABCD-EFGH-JKLM-NPQR-STUV}: what the user sends to
	 * the vendor to obtain an activation code. It is derived from the machine, so it stays the same across
	 * restarts and re-installs on the same PC. Never blocks.
	 *
	 * @return five groups of four characters separated by dashes, never {@code null}
	 */
	String registrationCode();

	/**
	 * Checks an activation code and, if it is valid for this PC, unlocks permanent use and saves the code
	 * so that it is still valid after a restart. An invalid code changes nothing.
	 *
	 * @param activationCode the code as typed or pasted by the user; case, dashes and white space do not
	 *                       matter
	 * @return what happened, never {@code null}
	 * @throws NullPointerException if {@code activationCode} is {@code null}
	 */
	ActivationResult activate(String activationCode);

	/**
	 * Credits the running time since the previous tick (or since the service started) to the trial and
	 * saves the new total. Time going backwards credits nothing; a gap longer than
	 * {@link #MAX_CREDIT_PER_TICK} credits only that much. Does nothing once activated or expired.
	 *
	 * @return the status after crediting, never {@code null}
	 */
	LicenceStatus tick();
}
