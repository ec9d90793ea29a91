package com.switchdesk.ui.settings;

import jakarta.annotation.PostConstruct;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;

import com.switchdesk.profile.ProfileService;
import com.switchdesk.profile.SettingsDefaults;
import com.switchdesk.ui.alerts.AlertSettings;

/**
 * Puts the console's {@link ConsoleSettings} in the application context (an e4 add-on): the
 * customer profile's defaults until an administrator saves settings.
 */
public class SettingsAddon {

	@PostConstruct
	void start(MApplication application, @Optional ProfileService profiles) {
		ConsoleSettings settings = profiles == null ? ConsoleSettings.DEFAULTS
				: fromProfile(profiles.active().settings());
		application.getContext().set(ConsoleSettings.class, settings);
	}

	static ConsoleSettings fromProfile(SettingsDefaults d) {
		AlertSettings.Popup popup = switch (d.popupMode()) {
		case OFF -> AlertSettings.Popup.OFF;
		case ON -> AlertSettings.Popup.ON;
		case ON_AND_FLASH -> AlertSettings.Popup.ON_AND_FLASH;
		};
		return new ConsoleSettings(d.companyName(), d.companyDescription(),
				new AlertSettings(popup, d.ringtones(), AlertSettings.DEFAULTS.internalTone(),
						AlertSettings.DEFAULTS.externalTone()),
				d.speedKeys().stream().map(k -> new ConsoleSettings.SpeedKey(k.label(), k.digits())).toList(), "",
				false);
	}
}
