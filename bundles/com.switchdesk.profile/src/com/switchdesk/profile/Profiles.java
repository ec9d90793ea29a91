package com.switchdesk.profile;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import com.switchdesk.profile.internal.ProfileReader;

/** Reads profile folders, and the built-in default used when there is none. */
public final class Profiles {

	/** The system property the launcher scripts set to the profile folder. */
	public static final String SYSTEM_PROPERTY = "switchdesk.profile";

	/** The file every profile folder has; images sit beside it. */
	public static final String PROFILE_FILE = "profile.properties";

	private static final CustomerProfile BUILT_IN = new CustomerProfile("default", Optional.empty(),
			new LocalizedText("SwitchDesk Attendant Console", "SwitchDesk \u8f6f\u5750\u5e2d"),
			new LocalizedText("Soft attendant console for hotels, hospitals and company switchboards.",
					"\u9002\u7528\u4e8e\u9152\u5e97\u3001\u533b\u9662\u548c\u4f01\u4e1a\u603b\u673a\u7684\u8f6f\u5750\u5e2d\u3002"),
			new LocalizedText("your SwitchDesk dealer", "\u60a8\u7684 SwitchDesk \u7ecf\u9500\u5546"), Optional.empty(),
			Optional.empty(), List.of(), Optional.empty(), SettingsDefaults.standard(), ConnectionDefaults.simulator());

	private Profiles() {
	}

	/**
	 * Reads and checks a profile folder: {@code profile.properties} and every image it names.
	 *
	 * @param folder the profile folder
	 * @return the profile, with absolute image paths
	 * @throws InvalidProfileException listing every problem found, each naming its file (and line and key)
	 */
	public static CustomerProfile read(Path folder) throws InvalidProfileException {
		return ProfileReader.read(folder);
	}

	/** @return the profile used without a profile folder: the product's own name, images and defaults */
	public static CustomerProfile builtIn() {
		return BUILT_IN;
	}
}
