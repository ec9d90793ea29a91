package com.switchdesk.ui.settings;

import java.util.List;
import java.util.Objects;

import com.switchdesk.ui.alerts.AlertSettings;

/**
 * The settings the operator's views use (F11–F13), whatever keeps them: the administrator's saved
 * settings, or the customer profile's defaults until then. Immutable; put in the e4 application
 * context, so a view injecting it follows every change.
 *
 * @param companyName        shown above the keypad (F11)
 * @param companyDescription shown under it
 * @param alerts             popup mode and ringtones (F08, F09)
 * @param speedKeys          the two programmable keys (F12)
 * @param forwardNumber      the default operator forwarding number, "" for none (F13)
 * @param forwardExternal    whether that number is outside the PBX
 */
public record ConsoleSettings(String companyName, String companyDescription, AlertSettings alerts,
		List<SpeedKey> speedKeys, String forwardNumber, boolean forwardExternal) {

	/** A speed-dial key; an empty label or digits means unused. */
	public record SpeedKey(String label, String digits) {
		public SpeedKey {
			Objects.requireNonNull(label);
			Objects.requireNonNull(digits);
		}

		public boolean isUsed() {
			return !digits.isBlank();
		}
	}

	public ConsoleSettings {
		Objects.requireNonNull(companyName);
		Objects.requireNonNull(companyDescription);
		Objects.requireNonNull(alerts);
		speedKeys = List.copyOf(speedKeys);
		Objects.requireNonNull(forwardNumber);
	}

	public static final ConsoleSettings DEFAULTS = new ConsoleSettings("", "", AlertSettings.DEFAULTS,
			List.of(new SpeedKey("", ""), new SpeedKey("", "")), "", false);
}
