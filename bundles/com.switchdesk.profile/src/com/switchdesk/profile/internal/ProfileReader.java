package com.switchdesk.profile.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.switchdesk.profile.ConnectionDefaults;
import com.switchdesk.profile.CustomerProfile;
import com.switchdesk.profile.InvalidProfileException;
import com.switchdesk.profile.LocalizedText;
import com.switchdesk.profile.ProfileProblem;
import com.switchdesk.profile.Profiles;
import com.switchdesk.profile.SettingsDefaults;
import com.switchdesk.profile.SettingsDefaults.PopupMode;
import com.switchdesk.profile.SettingsDefaults.SpeedKey;
import com.switchdesk.profile.internal.PropertiesFile.Entry;

/** Reads a profile folder into a {@link CustomerProfile}, collecting every problem before giving up. */
public final class ProfileReader {

	private final Path folder;
	private final Path file;
	private final List<ProfileProblem> problems = new ArrayList<>();
	private Map<String, Entry> entries = Map.of();

	private ProfileReader(Path folder) {
		this.folder = folder.toAbsolutePath().normalize();
		this.file = this.folder.resolve(Profiles.PROFILE_FILE);
	}

	/** @see Profiles#read(Path) */
	public static CustomerProfile read(Path folder) throws InvalidProfileException {
		return new ProfileReader(folder).read();
	}

	private CustomerProfile read() throws InvalidProfileException {
		if (!Files.isDirectory(folder)) {
			throw new InvalidProfileException(List.of(ProfileProblem.of(folder,
					"is not a folder; a customer profile is a folder holding " + Profiles.PROFILE_FILE)));
		}
		if (!Files.isRegularFile(file)) {
			throw new InvalidProfileException(List.of(ProfileProblem.of(file,
					"is missing; every profile needs one (start from product/customers/default/)")));
		}
		try {
			entries = PropertiesFile.parse(file, problems);
		} catch (IOException e) {
			throw new InvalidProfileException(List.of(ProfileProblem.of(file, "cannot be read: " + e.getMessage())));
		}
		if (entries == null) {
			throw new InvalidProfileException(problems);
		}
		checkKeys();
		Optional<Path> logo = image(ProfileKeys.LOGO, 32, 512, false);
		Optional<Path> splash = image(ProfileKeys.SPLASH, 240, 1280, false);
		List<Path> icons = icons();
		if (!problems.isEmpty()) {
			// profile.properties first, in line order (whole-file problems last), then the pictures
			problems.sort(Comparator.comparing((ProfileProblem p) -> !p.file().equals(file))
					.thenComparingInt(p -> p.line() == 0 ? Integer.MAX_VALUE : p.line()));
			throw new InvalidProfileException(problems);
		}
		return new CustomerProfile(value(ProfileKeys.ID, ""), Optional.of(folder), text(ProfileKeys.PRODUCT_NAME),
				text(ProfileKeys.ABOUT_TEXT), text(ProfileKeys.VENDOR_CONTACT), logo, splash, icons, language(),
				settings(), connection());
	}

	private void checkKeys() {
		for (Entry entry : entries.values()) {
			if (!ProfileKeys.known(entry.key())) {
				String hint = ProfileKeys.nearest(entry.key()).map(k -> " (did you mean " + k + "?)").orElse("");
				problems.add(ProfileProblem.at(file, entry.line(), entry.key(), "unknown key" + hint));
			} else {
				ProfileKeys.check(entry.key(), entry.value())
						.ifPresent(m -> problems.add(ProfileProblem.at(file, entry.line(), entry.key(), m)));
			}
		}
		for (String key : ProfileKeys.REQUIRED) {
			if (value(key, "").isBlank()) {
				problems.add(ProfileProblem.at(file, 0, key, "is required"));
			}
		}
		if (value(ProfileKeys.CONNECTOR, "sim").equals("serial") && value(ProfileKeys.SERIAL_PORT, "").isBlank()) {
			problems.add(ProfileProblem.at(file, line(ProfileKeys.CONNECTOR), ProfileKeys.SERIAL_PORT,
					"is required when pbx.connector=serial (e.g. /dev/ttyUSB0 or COM3)"));
		}
	}

	/** Checks one picture named by {@code key}: present, a good PNG, its sides within bounds. */
	private Optional<Path> image(String key, int minSide, int maxSide, boolean square) {
		Entry entry = entries.get(key);
		if (entry == null || ProfileKeys.check(key, entry.value()).isPresent()) {
			return Optional.empty();
		}
		return checkImage(key, entry, entry.value(), minSide, maxSide, square);
	}

	private List<Path> icons() {
		Entry entry = entries.get(ProfileKeys.ICONS);
		if (entry == null || ProfileKeys.check(ProfileKeys.ICONS, entry.value()).isPresent()) {
			return List.of();
		}
		// smallest first, whatever the listed order: consumers take the last one as "the largest"
		return ProfileKeys.splitList(entry.value()).stream()
				.flatMap(name -> checkImage(ProfileKeys.ICONS, entry, name, 16, 256, true).stream())
				.sorted(Comparator.comparingInt(ProfileReader::side)).toList();
	}

	private static int side(Path checkedImage) {
		try {
			return PngCheck.check(checkedImage).width();
		} catch (IOException | PngCheck.BadImage e) {
			return 0; // checked a moment ago; cannot happen unless the file is being replaced
		}
	}

	private Optional<Path> checkImage(String key, Entry entry, String name, int minSide, int maxSide,
			boolean square) {
		Path image = folder.resolve(name);
		String named = " (named by " + key + " on line " + entry.line() + " of " + Profiles.PROFILE_FILE + ")";
		if (!Files.isRegularFile(image)) {
			problems.add(ProfileProblem.of(image, "is missing" + named));
			return Optional.empty();
		}
		try {
			PngCheck.Size size = PngCheck.check(image);
			int small = Math.min(size.width(), size.height());
			int large = Math.max(size.width(), size.height());
			if (square && size.width() != size.height()) {
				problems.add(ProfileProblem.of(image, "is " + size + "; window icons must be square" + named));
			} else if (small < minSide || large > maxSide) {
				problems.add(ProfileProblem.of(image,
						"is " + size + "; expected sides of " + minSide + " to " + maxSide + " pixels" + named));
			} else {
				return Optional.of(image);
			}
		} catch (PngCheck.BadImage e) {
			problems.add(ProfileProblem.of(image, e.getMessage() + named));
		} catch (IOException e) {
			problems.add(ProfileProblem.of(image, "cannot be read: " + e.getMessage() + named));
		}
		return Optional.empty();
	}

	private Optional<Locale> language() {
		return switch (value(ProfileKeys.LANGUAGE, "system")) {
		case "en" -> Optional.of(Locale.ENGLISH);
		case "zh_CN" -> Optional.of(Locale.SIMPLIFIED_CHINESE);
		default -> Optional.empty();
		};
	}

	private SettingsDefaults settings() {
		PopupMode popup = switch (value(ProfileKeys.POPUP, "on")) {
		case "off" -> PopupMode.OFF;
		case "flash" -> PopupMode.ON_AND_FLASH;
		default -> PopupMode.ON;
		};
		List<SpeedKey> keys = List.of("1", "2").stream().map(n -> new SpeedKey(value("speedkey." + n + ".label", ""),
				value("speedkey." + n + ".digits", ""))).toList();
		return new SettingsDefaults(value(ProfileKeys.COMPANY_NAME, ""), value(ProfileKeys.COMPANY_DESCRIPTION, ""),
				popup, ProfileKeys.isOn(value(ProfileKeys.RINGTONES, "on")), keys);
	}

	private ConnectionDefaults connection() {
		Map<String, String> values = new LinkedHashMap<>();
		for (String key : ProfileKeys.CONNECTION_KEYS) {
			Entry entry = entries.get(key);
			if (entry != null) {
				values.put(key, entry.value());
			}
		}
		return new ConnectionDefaults(value(ProfileKeys.CONNECTOR, ConnectionDefaults.SIMULATOR), values);
	}

	private LocalizedText text(String key) {
		return new LocalizedText(value(key, ""), value(key + ProfileKeys.CHINESE, ""));
	}

	private String value(String key, String absent) {
		Entry entry = entries.get(key);
		return entry == null ? absent : entry.value();
	}

	private int line(String key) {
		Entry entry = entries.get(key);
		return entry == null ? 0 : entry.line();
	}
}
