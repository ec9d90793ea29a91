package com.switchdesk.licence.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.prefs.Preferences;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

import com.switchdesk.licence.LicenceService;

/**
 * The licence as an OSGi service, on the real machine: the system clock, this PC's identity, the public key
 * in this bundle, and two independent stores, {@code ~/.switchdesk/licence/} and the Java user preferences
 * node {@code /com/switchdesk/licence}.
 */
@Component(service = LicenceService.class)
public class LicenceComponent extends TrialLicence {

	static final String PREFERENCES_NODE = "com/switchdesk/licence";

	public LicenceComponent() {
		super(Clock.systemUTC(), MachineIdentity.read(), VendorKeys.bundled(), realStores());
	}

	/** Credits the last minutes of use when the console shuts down normally. */
	@Deactivate
	void deactivate() {
		tick();
	}

	private static List<ValueStore> realStores() {
		Path folder = Path.of(System.getProperty("user.home"), ".switchdesk", "licence");
		return List.of(new FileValueStore(folder),
				new PreferencesValueStore(Preferences.userRoot().node(PREFERENCES_NODE)));
	}
}
