package com.switchdesk.ui.settings;

import java.util.List;
import java.util.Set;

import com.switchdesk.model.Settings;
import com.switchdesk.ui.alerts.AlertSettings;
import com.switchdesk.ui.settings.ConsoleSettings.SpeedKey;

/**
 * The operator views' {@link ConsoleSettings} from the store's saved {@link Settings}: a setting an
 * administrator saved wins; one never saved keeps the console's own default (the customer profile's).
 */
final class SavedSettings {

	private SavedSettings() {
	}

	/**
	 * @param defaults what the console uses for settings never saved
	 * @param stored   the store's settings
	 * @param saved    the names of the attributes the store has saved
	 */
	static ConsoleSettings merge(ConsoleSettings defaults, Settings stored, Set<String> saved) {
		Picker p = new Picker(stored, saved);
		AlertSettings a = defaults.alerts();
		AlertSettings alerts = new AlertSettings(
				saved.contains("popupMode") && stored.getPopupMode() != null ? popup(stored) : a.popup(),
				saved.contains("ringtonesEnabled") ? stored.isRingtonesEnabled() : a.ringtonesEnabled(),
				p.text("internalRingtone", stored.getInternalRingtone(), a.internalTone(), false), a.externalTone());
		List<SpeedKey> keys = defaults.speedKeys();
		SpeedKey key1 = keys.size() > 0 ? keys.get(0) : new SpeedKey("", "");
		SpeedKey key2 = keys.size() > 1 ? keys.get(1) : new SpeedKey("", "");
		return new ConsoleSettings(
				p.text("companyName", stored.getCompanyName(), defaults.companyName(), true),
				p.text("companyDescription", stored.getCompanyDescription(), defaults.companyDescription(), true),
				alerts,
				List.of(new SpeedKey(p.text("speedKey1Label", stored.getSpeedKey1Label(), key1.label(), true),
						p.text("speedKey1Digits", stored.getSpeedKey1Digits(), key1.digits(), true)),
						new SpeedKey(p.text("speedKey2Label", stored.getSpeedKey2Label(), key2.label(), true),
								p.text("speedKey2Digits", stored.getSpeedKey2Digits(), key2.digits(), true))),
				p.text("defaultForwardNumber", stored.getDefaultForwardNumber(), defaults.forwardNumber(), true),
				saved.contains("defaultForwardExternal") ? stored.isDefaultForwardExternal() : defaults.forwardExternal());
	}

	private static AlertSettings.Popup popup(Settings s) {
		return switch (s.getPopupMode()) {
		case OFF -> AlertSettings.Popup.OFF;
		case ON -> AlertSettings.Popup.ON;
		case ON_AND_FLASH -> AlertSettings.Popup.ON_AND_FLASH;
		};
	}

	private record Picker(Settings stored, Set<String> saved) {
		/** @param emptyIsAValue whether a saved "" means "nothing" (a text) or "the default" (a tone id) */
		String text(String attribute, String value, String fallback, boolean emptyIsAValue) {
			if (!saved.contains(attribute) || value == null || (!emptyIsAValue && value.isBlank())) {
				return fallback;
			}
			return value.strip();
		}
	}
}
