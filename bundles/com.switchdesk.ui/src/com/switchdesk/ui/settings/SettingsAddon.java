package com.switchdesk.ui.settings;

import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;

import com.switchdesk.model.Settings;
import com.switchdesk.profile.ProfileService;
import com.switchdesk.profile.SettingsDefaults;
import com.switchdesk.store.OperatorSession;
import com.switchdesk.store.SettingsService;
import com.switchdesk.ui.alerts.AlertSettings;

/**
 * Puts the console's {@link ConsoleSettings} in the application context (an e4 add-on): the customer profile's
 * defaults at once, then what an administrator saved in the store (read in the background at start and at every
 * login), keeping the profile's value for every setting never saved. The settings view publishes its saves
 * through the {@link SettingsPublisher} this add-on puts in the context.
 */
public class SettingsAddon {

	private static final Logger LOG = Logger.getLogger(SettingsAddon.class.getName());

	@Inject
	private UISynchronize ui;
	@Inject
	@Optional
	private SettingsService store;

	private SettingsPublisher publisher;

	@PostConstruct
	void start(MApplication application, @Optional ProfileService profiles) {
		ConsoleSettings settings = profiles == null ? ConsoleSettings.DEFAULTS
				: fromProfile(profiles.active().settings());
		application.getContext().set(ConsoleSettings.class, settings);
		publisher = new SettingsPublisher(application.getContext(), settings);
		application.getContext().set(SettingsPublisher.class, publisher);
		readSaved();
	}

	/** Someone logged in: another console may have saved settings meanwhile. */
	@Inject
	void session(@Optional OperatorSession session) {
		if (publisher != null && session != null) {
			readSaved();
		}
	}

	private void readSaved() {
		SettingsService settings = store;
		if (settings == null) {
			return;
		}
		Thread reader = new Thread(() -> {
			try {
				Set<String> saved = settings.savedAttributes();
				if (!saved.isEmpty()) {
					Settings stored = settings.current();
					ui.asyncExec(() -> publisher.publish(stored, saved));
				}
			} catch (RuntimeException e) {
				// the profile's defaults stay; the settings view shows the store's own error when opened
				LOG.log(Level.WARNING, "The saved settings could not be read; the console keeps its defaults", e);
			}
		}, "switchdesk-settings");
		reader.setDaemon(true);
		reader.start();
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
