package com.switchdesk.licence.internal;

import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import com.switchdesk.licence.ActivationResult;
import com.switchdesk.licence.LicenceService;
import com.switchdesk.licence.LicenceState;
import com.switchdesk.licence.LicenceStatus;

/**
 * The licence logic with everything it touches passed in: clock, machine identity, vendor key and stores.
 * Tests build it on temporary folders; {@link LicenceComponent} wires the real ones. All state is guarded by
 * {@code this}.
 */
public class TrialLicence implements LicenceService {

	private final Clock clock;
	private final String registrationCode;
	private final ActivationVerifier verifier;
	private final LicenceRecords records;

	private Duration used;
	private Instant lastTick;
	private boolean activated;

	/**
	 * Reads the stored usage and activation, and starts the usage meter.
	 *
	 * @param clock           source of "now" for the usage meter
	 * @param machineIdentity this PC's identity, see {@link MachineIdentity#read()}
	 * @param vendorKey       the vendor's Ed25519 public key that activation codes must be signed with
	 * @param stores          independent places to keep usage and activation, at least one
	 */
	public TrialLicence(Clock clock, String machineIdentity, PublicKey vendorKey, List<ValueStore> stores) {
		this.clock = Objects.requireNonNull(clock, "clock");
		this.registrationCode = RegistrationCodes.derive(machineIdentity);
		this.verifier = new ActivationVerifier(vendorKey);
		this.records = new LicenceRecords(stores, UsageSeal.forMachine(machineIdentity));
		synchronized (this) {
			used = min(records.readUsage(), TRIAL_LENGTH);
			// write the best value back at once, so a deleted or tampered store is repaired on start
			records.writeUsage(used);
			activated = records.readActivationCodes().stream()
					.anyMatch(code -> verifier.check(code, registrationCode) == ActivationResult.ACTIVATED);
			lastTick = clock.instant();
		}
	}

	@Override
	public synchronized LicenceStatus status() {
		LicenceState state = activated ? LicenceState.ACTIVATED
				: used.compareTo(TRIAL_LENGTH) >= 0 ? LicenceState.EXPIRED : LicenceState.TRIAL;
		return new LicenceStatus(state, used, TRIAL_LENGTH);
	}

	@Override
	public String registrationCode() {
		return registrationCode;
	}

	@Override
	public synchronized ActivationResult activate(String activationCode) {
		Objects.requireNonNull(activationCode, "activationCode");
		ActivationResult result = verifier.check(activationCode, registrationCode);
		if (result != ActivationResult.ACTIVATED) {
			return result;
		}
		activated = true;
		String canonical = HumanCode.group(HumanCode.normalise(activationCode));
		return records.writeActivationCode(canonical) ? ActivationResult.ACTIVATED
				: ActivationResult.ACTIVATED_NOT_SAVED;
	}

	@Override
	public synchronized LicenceStatus tick() {
		Instant now = clock.instant();
		Duration sinceLastTick = Duration.between(lastTick, now);
		// always follow the clock, even backwards: holding on to a later reference would stop the meter
		// until the clock caught up again, i.e. setting the clock back a year would give a year for free
		lastTick = now;
		LicenceStatus before = status();
		if (before.state() == LicenceState.TRIAL && sinceLastTick.isPositive()) {
			used = min(used.plus(min(sinceLastTick, MAX_CREDIT_PER_TICK)), TRIAL_LENGTH);
			records.writeUsage(used);
		}
		return status();
	}

	private static Duration min(Duration a, Duration b) {
		return a.compareTo(b) <= 0 ? a : b;
	}
}
