package com.switchdesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.switchdesk.ui.tests.driver.ConsoleWindow;
import com.switchdesk.ui.tests.driver.UiDriver;

/**
 * F42: the operator chooses the console's language in Window > Preferences > Language; it is saved for the
 * launchers, which start the next session in it (see {@link F42LauncherLanguageTest}).
 */
class F42LanguagePreferenceUiTest {

	/** Where the page saves the choice: the tests' user.home is under target/. */
	private final Path saved = Path.of(System.getProperty("user.home"), ".switchdesk", "language");
	private UiDriver ui;
	private ConsoleWindow console;

	@BeforeEach
	void noChoiceYet() throws IOException {
		ui = UiDriver.forProduct();
		console = ConsoleWindow.waitForStart(ui);
		Files.deleteIfExists(saved);
	}

	@AfterEach
	void forgetTheChoice() throws IOException {
		Files.deleteIfExists(saved);
	}

	@Test
	void f42_languageChosenInThePreferencesIsSavedForTheNextStart() throws IOException {
		Shell dialog = openLanguagePage();
		Button system = ui.widget("prefs.language.system");
		Button chinese = ui.widget("prefs.language.zh_CN");
		assertTrue(ui.onUi(system::getSelection), "without a saved choice the console follows the system");
		assertEquals("The console now runs in: English", ui.textOf("prefs.language.now"));
		assertEquals("\u7b80\u4f53\u4e2d\u6587", ui.onUi(chinese::getText), "each language is named in itself");

		ui.click(chinese);
		ui.waitUntil("Chinese to be chosen", () -> chinese.getSelection());
		ui.screenshot(dialog, "f42-language-preference");
		ui.press("Return");
		ui.waitUntil("the preferences to close", dialog::isDisposed);
		assertEquals("zh_CN", Files.readString(saved, StandardCharsets.UTF_8).strip());

		Shell again = openLanguagePage();
		Button chosen = ui.widget("prefs.language.zh_CN");
		assertTrue(ui.onUi(chosen::getSelection), "the page shows the saved choice");
		Button followSystem = ui.widget("prefs.language.system");
		ui.click(followSystem);
		ui.waitUntil("the system's language to be chosen", () -> followSystem.getSelection());
		ui.press("Return");
		ui.waitUntil("the preferences to close", again::isDisposed);
		assertEquals("system", Files.readString(saved, StandardCharsets.UTF_8).strip());
	}

	private Shell openLanguagePage() {
		console.menu('w', 'p');
		Shell dialog = ui.widget("preferences.dialog");
		Tree pages = ui.waitFor("the list of pages", () -> find(dialog), UiDriver.DEFAULT_TIMEOUT);
		Rectangle item = ui.waitFor("the Language page in the list", () -> {
			for (TreeItem i : pages.getItems()) {
				if (i.getText().equals("Language")) {
					return i.getBounds();
				}
			}
			return null;
		}, UiDriver.DEFAULT_TIMEOUT);
		ui.clickAt(pages, item.x + item.width / 2, item.y + item.height / 2);
		ui.widget("prefs.language");
		return dialog;
	}

	private static Tree find(org.eclipse.swt.widgets.Composite parent) {
		for (org.eclipse.swt.widgets.Control c : parent.getChildren()) {
			if (c instanceof Tree t) {
				return t;
			}
			if (c instanceof org.eclipse.swt.widgets.Composite child) {
				Tree t = find(child);
				if (t != null) {
					return t;
				}
			}
		}
		return null;
	}
}
