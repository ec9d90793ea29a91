package com.switchdesk.profile;

import java.util.List;
import java.util.Objects;

/**
 * The operator settings a new installation starts with (F08, F09, F11, F12). Once an administrator saves
 * settings, the saved ones win; these are only the first values.
 *
 * @param companyName        shown in the keypad area; may be empty
 * @param companyDescription shown under the company name; may be empty
 * @param popupMode          the incoming-call popup
 * @param ringtones          whether the PC rings on incoming calls
 * @param speedKeys          exactly two speed-dial keys; an unused key has an empty label and digits
 */
public record SettingsDefaults(String companyName, String companyDescription, PopupMode popupMode,
		boolean ringtones, List<SpeedKey> speedKeys) {

	/** How the console shows an incoming call; names match the model's {@code PopupMode} literals. */
	public enum PopupMode {
		/** no popup */
		OFF,
		/** a popup with the caller's details */
		ON,
		/** a popup, and the window flashes in the task bar */
		ON_AND_FLASH
	}

	/**
	 * A programmable speed-dial key.
	 *
	 * @param label  the key's caption; empty when unused
	 * @param digits what it dials; empty when unused
	 */
	public record SpeedKey(String label, String digits) {

		public static final SpeedKey UNUSED = new SpeedKey("", "");

		/** @throws NullPointerException if a component is {@code null} */
		public SpeedKey {
			Objects.requireNonNull(label, "label");
			Objects.requireNonNull(digits, "digits");
		}
	}

	/** @throws NullPointerException if a component is {@code null}; IllegalArgumentException unless two keys */
	public SettingsDefaults {
		Objects.requireNonNull(companyName, "companyName");
		Objects.requireNonNull(companyDescription, "companyDescription");
		Objects.requireNonNull(popupMode, "popupMode");
		speedKeys = List.copyOf(speedKeys);
		if (speedKeys.size() != 2) {
			throw new IllegalArgumentException("two speed keys, not " + speedKeys.size());
		}
	}

	/** No company text, popup on, ringtones on, no speed keys. */
	public static SettingsDefaults standard() {
		return new SettingsDefaults("", "", PopupMode.ON, true, List.of(SpeedKey.UNUSED, SpeedKey.UNUSED));
	}
}
