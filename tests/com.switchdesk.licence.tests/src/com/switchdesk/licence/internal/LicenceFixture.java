package com.switchdesk.licence.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.prefs.Preferences;

import com.switchdesk.licence.LicenceService;

/**
 * One PC for a test: its identity, a licence folder under a JUnit temporary folder, an in-memory
 * preferences node, a hand-moved clock and a vendor. {@link #start()} builds a new licence on the same
 * stores, as a restart of the console would.
 */
final class LicenceFixture {

	static final String THIS_PC = "machine-id:0123456789abcdef0123456789abcdef";
	static final String OTHER_PC = "machine-id:fedcba9876543210fedcba9876543210";

	final TestClock clock = new TestClock();
	final TestVendor vendor;
	final FileValueStore files;
	final Preferences preferences = new InMemoryPreferences().node(LicenceComponent.PREFERENCES_NODE);
	final PreferencesValueStore preferenceStore = new PreferencesValueStore(preferences);
	private final String machineIdentity;

	LicenceFixture(Path tempDir) {
		this(tempDir, THIS_PC, new TestVendor());
	}

	private LicenceFixture(Path tempDir, String machineIdentity, TestVendor vendor) {
		this.files = new FileValueStore(tempDir.resolve(".switchdesk").resolve("licence"));
		this.machineIdentity = machineIdentity;
		this.vendor = vendor;
	}

	/** @return another PC of the same vendor, with its own stores under {@code tempDir} */
	LicenceFixture otherPc(Path tempDir) {
		return new LicenceFixture(tempDir, OTHER_PC, vendor);
	}

	TrialLicence start() {
		return startWith(List.of(files, preferenceStore));
	}

	TrialLicence startWith(List<ValueStore> stores) {
		return new TrialLicence(clock, machineIdentity, vendor.publicKey(), stores);
	}

	/** Puts a validly sealed usage into both stores, as a long-used installation would have. */
	void storeUsage(Duration used) throws IOException {
		String sealed = UsageSeal.forMachine(machineIdentity).seal(used.toMillis());
		files.write(LicenceRecords.USAGE_KEY, sealed);
		preferenceStore.write(LicenceRecords.USAGE_KEY, sealed);
	}

	/** Runs the console for {@code duration}, ticking every {@code step} as the application would. */
	void use(TrialLicence licence, Duration duration, Duration step) {
		for (Duration run = Duration.ZERO; run.compareTo(duration) < 0; run = run.plus(step)) {
			clock.advance(step);
			licence.tick();
		}
	}

	/** Runs the console for {@code duration}, ticking once a minute. */
	void use(TrialLicence licence, Duration duration) {
		use(licence, duration, LicenceService.TICK_INTERVAL);
	}
}
