package com.switchdesk.ui.tests.manage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.switchdesk.model.Settings;
import com.switchdesk.store.SettingsService;
import com.switchdesk.ui.tests.driver.ConsoleWindow;
import com.switchdesk.ui.tests.driver.KeypadPage;
import com.switchdesk.ui.tests.driver.Services;
import com.switchdesk.ui.tests.driver.Simulator;

/**
 * F11–F13: settings changed in the settings view are marked until saved, checked by the store, and reach the
 * keypad (company name, speed keys) and the forwarding dialog once saved.
 */
class F11F12F13SettingsUiTest extends ManageUiTestBase {

	private SettingsService settings;
	private Settings before;
	private ViewPage page;

	@BeforeEach
	void remember() {
		settings = Services.get(SettingsService.class);
		before = EcoreUtil.copy(settings.current());
		page = new ViewPage(console);
	}

	@AfterEach
	void restore() {
		ui.find("forwarding.dialog").ifPresent(d -> ui.run(() -> ((org.eclipse.swt.widgets.Shell) d).close()));
		Settings now = settings.save(administrator, before);
		ui.run(() -> console.application().getContext().get(com.switchdesk.ui.settings.SettingsPublisher.class)
				.publish(now, settings.savedAttributes()));
	}

	@Test
	void f11_f12_changesAreMarkedUntilSavedThenTheKeypadShowsThem() {
		page.openAdministrator(ViewPage.SETTINGS);
		assertFalse(page.isShowing("settings.unsaved"));
		page.fill("settings.companyName", "Grand Hotel F11");
		page.fill("settings.speedKey1Label", "Taxi");
		page.fill("settings.speedKey1Digits", "996106");

		assertTrue(page.isShowing("settings.unsaved"), "a not-saved banner");
		assertTrue(page.isRed("settings.companyName.label"), "the changed field's caption turns red");
		assertFalse(page.isRed("settings.companyDescription.label"), "an unchanged one stays as it is");
		page.picture(null, "f11-settings-unsaved");

		page.click("settings.save");
		ui.waitUntil("the banner to go", () -> !page.isShowing("settings.unsaved"));
		assertFalse(page.isRed("settings.companyName.label"));
		page.waitForText("settings.message", "Saved");
		page.picture(null, "f11-settings-saved");
		assertEquals("Grand Hotel F11", settings.current().getCompanyName());

		console.switchWithButton(ConsoleWindow.OPERATOR);
		page.waitForText("keypad.company", "Grand Hotel F11");
		page.waitForText("keypad.speed1", "Taxi");
		page.picture(null, "f11-keypad-company");
	}

	@Test
	void f13_problemsAreShownNextToTheirFieldsAndNothingIsSaved() {
		page.openAdministrator(ViewPage.SETTINGS);
		page.fill("settings.defaultForwardNumber", "call me");
		page.fill("settings.speedKey2Label", "Lobby");
		page.fill("settings.speedKey2Digits", "");
		page.click("settings.save");

		page.waitForText("settings.defaultForwardNumber.error", "call me");
		assertTrue(page.isShowing("settings.speedKey2Digits.error"));
		assertTrue(page.isShowing("settings.unsaved"), "still not saved");
		page.picture(null, "f13-settings-refused");
		assertEquals(before.getDefaultForwardNumber(), settings.current().getDefaultForwardNumber());

		page.click("settings.undo");
		ui.waitUntil("the saved values to be back", () -> !page.isShowing("settings.unsaved")
				&& !page.isShowing("settings.defaultForwardNumber.error"));
	}

	@Test
	void f13_defaultForwardingNumberIsProposedAndGroupSlotsFollowTheirSwitch() {
		page.openAdministrator(ViewPage.SETTINGS);
		page.fill("settings.defaultForwardNumber", "8003");
		if (!page.isSelected("settings.operatorGroupForwarding")) {
			page.click("settings.operatorGroupForwarding");
		}
		ui.waitUntil("the day member switch to be enabled", () -> page.isEnabled("settings.dayMember"));
		if (!page.isSelected("settings.dayMember")) {
			page.click("settings.dayMember");
		}
		ui.waitUntil("the day member position to be enabled", () -> page.isEnabled("settings.dayMemberIndex"));
		page.picture(null, "f13-settings-forwarding");
		page.click("settings.save");
		ui.waitUntil("the settings to be saved", () -> !page.isShowing("settings.unsaved"));
		assertTrue(settings.current().isDayMember());

		console.switchWithButton(ConsoleWindow.OPERATOR);
		Simulator sim = new Simulator(ui);
		sim.reset();
		new KeypadPage(ui, sim).bind();
		page.click("keypad.forwarding");
		page.dialog("forwarding.dialog");
		page.waitForText("forwarding.number", "8003");
		page.picture(ui.widget("forwarding.dialog"), "f13-forwarding-proposes-default");
		ui.press("Escape");
		page.waitClosed("forwarding.dialog");
	}
}
