package com.switchdesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.switchdesk.ui.tests.driver.ConsoleWindow;
import com.switchdesk.ui.tests.driver.UiDriver;

/** F40: the branded product with its Operator and Administrator perspectives, switcher, reset and About. */
class F40PerspectivesTest {

	private static final List<String> OPERATOR_PARTS = List.of("com.switchdesk.ui.part.keypad",
			"com.switchdesk.ui.part.board", "com.switchdesk.ui.part.queue");
	/** Tabs behind the queue: the operator's directory and call log. */
	private static final List<String> OPERATOR_TABS = List.of("com.switchdesk.ui.part.directory",
			"com.switchdesk.ui.part.operatorCallLog");
	private static final List<String> ADMIN_PARTS = List.of("com.switchdesk.ui.part.customers",
			"com.switchdesk.ui.part.calllog", "com.switchdesk.ui.part.groups", "com.switchdesk.ui.part.services",
			"com.switchdesk.ui.part.wakeup", "com.switchdesk.ui.part.accounts", "com.switchdesk.ui.part.settings");

	private UiDriver ui;
	private ConsoleWindow console;

	@BeforeEach
	void startInOperatorPerspective() {
		ui = UiDriver.forProduct();
		console = ConsoleWindow.waitForStart(ui);
		if (!ConsoleWindow.OPERATOR.equals(console.activePerspective())) {
			console.switchWithButton(ConsoleWindow.OPERATOR);
		}
	}

	@Test
	void f40_switcherShowsEachPerspectiveWithItsParts() {
		for (String part : OPERATOR_PARTS) {
			assertTrue(console.isPartVisible(part), part + " visible in the operator perspective");
		}
		for (String part : OPERATOR_TABS) {
			assertTrue(console.part(part) != null, part + " present in the operator perspective");
		}
		Path operatorShot = console.screenshot("f40-operator-perspective");

		console.switchWithButton(ConsoleWindow.ADMINISTRATOR);
		// an admin perspective shows its parts as tabs of one stack: the selected one is visible
		ui.waitUntil("one administrator part to be shown", () -> ADMIN_PARTS.stream().anyMatch(console::isPartVisible));
		for (String part : ADMIN_PARTS) {
			assertTrue(console.part(part) != null, part + " present in the administrator perspective");
		}
		assertFalse(console.isPartVisible(OPERATOR_PARTS.get(1)), "the board is not shown to the administrator");
		Path adminShot = console.screenshot("f40-administrator-perspective");

		console.switchWithButton(ConsoleWindow.OPERATOR);
		assertTrue(console.isPartVisible("com.switchdesk.ui.part.board"));
		assertTrue(Files.isRegularFile(operatorShot) && Files.isRegularFile(adminShot));
	}

	@Test
	void f40_keyboardShortcutsSwitchPerspectives() {
		console.activate();
		ui.press("ctrl+2");
		console.waitForPerspective(ConsoleWindow.ADMINISTRATOR);
		ui.press("ctrl+1");
		console.waitForPerspective(ConsoleWindow.OPERATOR);
	}

	@Test
	void f40_resetPerspectiveRestoresTheOriginalLayout() {
		MPartStack board = (MPartStack) (MUIElement) console.part("com.switchdesk.ui.part.board").getParent();
		CTabFolder tabs = ui.waitFor("the board's tabs", () -> (CTabFolder) board.getWidget(), UiDriver.DEFAULT_TIMEOUT);
		// double-clicking a tab maximises its stack and minimises the others
		Rectangle tab = ui.onUi(() -> tabs.getItem(0).getBounds());
		ui.doubleClickAt(tabs, tab.x + tab.width / 2, tab.y + tab.height / 2);
		ui.waitUntil("the keypad to be hidden by the maximised board",
				() -> !console.isPartVisible("com.switchdesk.ui.part.keypad"));

		console.menu('w', 'r');

		ui.waitUntil("every operator part to be visible again",
				() -> OPERATOR_PARTS.stream().allMatch(console::isPartVisible));
		assertEquals(ConsoleWindow.OPERATOR, console.activePerspective());
		console.screenshot("f40-after-reset");
	}

	@Test
	void f40_aboutDialogNamesTheProductAndItsVersion() {
		console.menu('h', 'a');
		Shell about = ui.widget("about.dialog");
		Label name = ui.widget("about.name");
		Label version = ui.widget("about.version");
		assertEquals("SwitchDesk Attendant Console", ui.onUi(name::getText));
		String versionText = ui.onUi(version::getText);
		assertTrue(versionText.matches("Version 1\\.0\\.0.*"), versionText);
		ui.screenshot(about, "f40-about-dialog");
		ui.click(ui.widget("about.ok"));
		ui.waitUntil("the About dialog to close", about::isDisposed);
		assertTrue(ui.onUi(() -> console.shell().isVisible()), "the main window is still there");
	}
}
