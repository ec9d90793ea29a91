package com.switchdesk.profile.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.switchdesk.profile.ConnectionDefaults;
import com.switchdesk.profile.CustomerProfile;
import com.switchdesk.profile.Profiles;
import com.switchdesk.profile.SettingsDefaults.PopupMode;

/** F41: the profiles the repository ships are valid and read as their files say. */
class F41SampleProfilesTest {

	@Test
	void f41_defaultProfileRunsTheSimulatorInTheSystemLanguage() throws Exception {
		CustomerProfile profile = Profiles.read(SampleProfiles.customers().resolve("default"));
		assertEquals("default", profile.id());
		assertEquals("SwitchDesk Attendant Console", profile.productName().in(Locale.ENGLISH));
		assertEquals("SwitchDesk \u8f6f\u5750\u5e2d", profile.productName().in(Locale.SIMPLIFIED_CHINESE));
		assertEquals(Optional.empty(), profile.language());
		assertEquals(ConnectionDefaults.SIMULATOR, profile.connection().connector());
		assertEquals(Optional.of("6"), profile.connection().get("sim.trafficPerMinute"));
		assertEquals(6, profile.windowIcons().size());
		assertTrue(profile.splash().isPresent() && profile.logo().isPresent());
		assertFalse(profile.builtIn());
	}

	@Test
	void f41_grandHotelHasItsOwnNamePicturesLanguageAndSerialLine() throws Exception {
		CustomerProfile profile = Profiles.read(SampleProfiles.customers().resolve("grand-hotel"));
		assertEquals("Grand Hotel Switchboard", profile.productName().english());
		assertEquals("\u5927\u9152\u5e97\u603b\u673a", profile.productName().in(Locale.SIMPLIFIED_CHINESE));
		assertEquals(Optional.of(Locale.SIMPLIFIED_CHINESE), profile.language());
		assertTrue(profile.aboutText().english().contains("\n"), "\\n in a value is a line break");
		assertEquals(ConnectionDefaults.SERIAL, profile.connection().connector());
		assertEquals(Optional.of("/dev/ttyUSB0"), profile.connection().get("serial.port"));
		assertEquals(Optional.of("9600"), profile.connection().get("serial.baud"));
		assertEquals(PopupMode.ON_AND_FLASH, profile.settings().popupMode());
		assertEquals("8001", profile.settings().speedKeys().get(0).digits());
		assertTrue(profile.logo().orElseThrow().startsWith(SampleProfiles.customers().resolve("grand-hotel")));
	}

	@Test
	void f41_iconsComeSmallestFirstWhateverTheListedOrder() throws Exception {
		CustomerProfile profile = Profiles.read(SampleProfiles.customers().resolve("grand-hotel"));
		List<String> names = profile.windowIcons().stream().map(p -> p.getFileName().toString()).toList();
		assertEquals(List.of("icon-16.png", "icon-32.png", "icon-48.png", "icon-64.png", "icon-128.png",
				"icon-256.png"), names);
	}

	@Test
	void f41_builtInDefaultNeedsNoFolder() {
		CustomerProfile builtIn = Profiles.builtIn();
		assertTrue(builtIn.builtIn());
		assertTrue(builtIn.windowIcons().isEmpty(), "the product's own icons are used");
		assertEquals(ConnectionDefaults.SIMULATOR, builtIn.connection().connector());
		assertFalse(builtIn.vendorContact().english().isBlank());
	}
}
