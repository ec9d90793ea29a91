package com.switchdesk.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.switchdesk.model.PopupMode;
import com.switchdesk.model.Settings;
import com.switchdesk.store.AccessDeniedException;
import com.switchdesk.store.Problem;
import com.switchdesk.store.ValidationException;

/** F11–F13 (and the popup and ringtone switches of F08, F09): settings shared through the database. */
class F11F12F13SettingsTest {

	@TempDir
	Path folder;
	StoreFixture store;

	@BeforeEach
	void open() {
		store = StoreFixture.embedded(folder);
	}

	@AfterEach
	void close() {
		store.close();
	}

	@Test
	void f11_f12_f13_defaultsThenEverySettingIsStoredTyped() {
		Settings defaults = store.settings.current();
		assertEquals(PopupMode.ON, defaults.getPopupMode());
		assertTrue(defaults.isRingtonesEnabled());
		assertNull(defaults.getCompanyName());

		Settings changed = store.settings.current();
		changed.setCompanyName("申瓯酒店");
		changed.setCompanyDescription("总机 8000");
		changed.setPopupMode(PopupMode.ON_AND_FLASH);
		changed.setRingtonesEnabled(false);
		changed.setInternalRingtone("tone-0");
		changed.setSpeedKey1Label("前台");
		changed.setSpeedKey1Digits("8203");
		changed.setSpeedKey2Label("Taxi");
		changed.setSpeedKey2Digits("996106");
		changed.setDefaultForwardNumber("13800138000");
		changed.setDefaultForwardExternal(true);
		changed.setOperatorGroupForwarding(true);
		changed.setOperatorGroupNumber(0);
		changed.setDayMember(true);
		changed.setDayMemberIndex(0);
		changed.setNightMember(true);
		changed.setNightMemberIndex(3);
		changed.setLanguage("zh-CN");

		store.settings.save(store.admin(), changed);

		try (StoreFixture sameDatabase = new StoreFixture(store.core.database().config())) {
			// another console (here: another store on the same folder after this one closes) reads them back
			store.close();
			Settings read = sameDatabase.settings.current();
			assertEquals("申瓯酒店", read.getCompanyName());
			assertEquals("总机 8000", read.getCompanyDescription());
			assertEquals(PopupMode.ON_AND_FLASH, read.getPopupMode());
			assertFalse(read.isRingtonesEnabled());
			assertEquals("tone-0", read.getInternalRingtone());
			assertEquals("前台", read.getSpeedKey1Label());
			assertEquals("8203", read.getSpeedKey1Digits());
			assertEquals("996106", read.getSpeedKey2Digits());
			assertEquals("13800138000", read.getDefaultForwardNumber());
			assertTrue(read.isDefaultForwardExternal());
			assertTrue(read.isOperatorGroupForwarding());
			assertTrue(read.isDayMember());
			assertTrue(read.isNightMember());
			assertEquals(3, read.getNightMemberIndex());
			assertEquals("zh-CN", read.getLanguage());
		}
	}

	@Test
	void f12_f13_invalidSettingsAreRefusedAndNothingIsStored() {
		Settings bad = store.settings.current();
		bad.setCompanyName("x".repeat(65));
		bad.setSpeedKey1Label("Taxi");
		bad.setSpeedKey2Digits("12ab");
		bad.setDefaultForwardNumber("call me");
		bad.setOperatorGroupNumber(-1);
		bad.setNightMemberIndex(256);

		List<Problem> problems = store.settings.validate(bad);
		assertEquals(List.of("companyName", "speedKey1Digits", "speedKey2Digits", "defaultForwardNumber",
				"operatorGroupNumber", "nightMemberIndex"), problems.stream().map(Problem::field).toList());
		assertThrows(ValidationException.class, () -> store.settings.save(store.admin(), bad));
		assertNull(store.settings.current().getCompanyName());
		assertThrows(AccessDeniedException.class, () -> store.settings.save(store.operator(), store.settings.current()));
	}

	@Test
	void f11_savedAttributesNameWhatAnAdministratorSaved() {
		assertEquals(Set.of(), store.settings.savedAttributes(), "nothing saved yet: the console keeps its defaults");
		Settings changed = store.settings.current();
		changed.setCompanyName("申瓯酒店");
		store.settings.save(store.admin(), changed);

		Set<String> saved = store.settings.savedAttributes();
		assertTrue(saved.contains("companyName"));
		assertTrue(saved.contains("popupMode"), "every value the save carried is stored");
		assertFalse(saved.contains("companyDescription"), "a setting left null was never saved");
	}
}
