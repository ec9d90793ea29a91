package com.switchdesk.profile;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One deployment's branding and defaults, as read from its profile folder (see the package documentation).
 * Image paths are absolute and were checked to be readable PNG files when the profile was read.
 *
 * @param id            the customer id, e.g. {@code grand-hotel}: lower-case letters, digits and dashes
 * @param folder        the folder the profile was read from; empty for the built-in default
 * @param productName   the name in window titles and the About dialog
 * @param aboutText     the About dialog's text; may be empty
 * @param vendorContact where to send a registration code for an activation code (e-mail, phone, web)
 * @param logo          the About dialog's picture; empty means the product's own
 * @param splash        the picture shown while the console starts; empty means the product's own
 * @param windowIcons   square window icons, smallest first; empty means the product's own
 * @param language      the language to run in; empty means follow the system (or {@code --language})
 * @param settings      defaults of the operator settings, used until an administrator changes them
 * @param connection    the PBX connection to use until an administrator changes it
 */
public record CustomerProfile(String id, Optional<Path> folder, LocalizedText productName, LocalizedText aboutText,
		LocalizedText vendorContact, Optional<Path> logo, Optional<Path> splash, List<Path> windowIcons,
		Optional<Locale> language, SettingsDefaults settings, ConnectionDefaults connection) {

	/** @throws NullPointerException if a component is {@code null} */
	public CustomerProfile {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(folder, "folder");
		Objects.requireNonNull(productName, "productName");
		Objects.requireNonNull(aboutText, "aboutText");
		Objects.requireNonNull(vendorContact, "vendorContact");
		Objects.requireNonNull(logo, "logo");
		Objects.requireNonNull(splash, "splash");
		windowIcons = List.copyOf(windowIcons);
		Objects.requireNonNull(language, "language");
		Objects.requireNonNull(settings, "settings");
		Objects.requireNonNull(connection, "connection");
	}

	/** @return {@code true} for the built-in default (no folder, the product's own images) */
	public boolean builtIn() {
		return folder.isEmpty();
	}
}
