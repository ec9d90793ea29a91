package com.switchdesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Widget;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.switchdesk.licence.LicenceService;
import com.switchdesk.ui.tests.driver.ConsoleWindow;
import com.switchdesk.ui.tests.driver.Services;
import com.switchdesk.ui.tests.driver.UiDriver;
import com.switchdesk.ui.tests.licence.ActivationDialogPage;
import com.switchdesk.ui.tests.licence.ExpiredLicence;

/**
 * F42: the running product speaks one language throughout. The language of a JVM is fixed when it starts
 * ({@code -nl}), so each language is a subclass run by its own surefire execution (see the pom); each
 * checks the texts it expects and saves screenshots named after its language for people to look at.
 */
abstract class LanguageScreens {

	/** What the operator must see in this language. */
	record Expected(String nl, String productName, String fileMenu, String windowMenu, String helpMenu, String operator,
			String administrator, String aboutTitle, String close, String activate) {
	}

	protected UiDriver ui;
	protected ConsoleWindow console;

	protected abstract Expected expected();

	@BeforeEach
	void startInThisLanguage() {
		assumeTrue(expected().nl().equals(Platform.getNL()),
				"this JVM runs in " + Platform.getNL() + "; the pom runs this class with -nl " + expected().nl());
		ui = UiDriver.forProduct();
		console = ConsoleWindow.waitForStart(ui);
		if (!ConsoleWindow.OPERATOR.equals(console.activePerspective())) {
			console.switchWithButton(ConsoleWindow.OPERATOR);
		}
	}

	/** A test that failed half-way must not leave its dialogs to the next one. */
	@AfterEach
	void closeLeftOverDialogs() {
		if (ui == null) {
			return; // skipped: another language's run
		}
		for (String id : List.of("licence.dialog", "about.dialog")) {
			ui.find(id).ifPresent(dialog -> ui.onUi(() -> {
				((Shell) dialog).close();
				return null;
			}));
		}
	}

	@Test
	void f42_windowMenusAndPerspectivesAreInTheLanguage() {
		Expected want = expected();
		assertEquals(want.productName(), ui.onUi(() -> console.shell().getText()));
		List<String> menus = ui.onUi(() -> Arrays.stream(console.shell().getMenuBar().getItems())
				.map(MenuItem::getText).toList());
		assertTrue(menus.containsAll(List.of(want.fileMenu(), want.windowMenu(), want.helpMenu())), menus.toString());
		ToolItem operator = ui.widget("perspective.switcher.operator");
		ToolItem administrator = ui.widget("perspective.switcher.admin");
		assertEquals(want.operator(), ui.onUi(operator::getText));
		assertEquals(want.administrator(), ui.onUi(administrator::getText));
		assertNoUntranslatedKeys(console.shell());
		assertShownWhole("status.connection");
		assertShownWhole("status.session");
		assertKeypadShowsEveryKeyOrScrolls();
		Path operatorShot = console.screenshot("f42-" + want.nl() + "-operator");

		console.switchWithButton(ConsoleWindow.ADMINISTRATOR);
		assertNoUntranslatedKeys(console.shell());
		Path adminShot = console.screenshot("f42-" + want.nl() + "-administrator");
		console.switchWithButton(ConsoleWindow.OPERATOR);
		assertTrue(Files.isRegularFile(operatorShot) && Files.isRegularFile(adminShot));
	}

	@Test
	void f42_aboutAndActivationDialogsAreInTheLanguage() {
		Expected want = expected();
		console.menu('h', 'a');
		Shell about = ui.widget("about.dialog");
		assertEquals(want.aboutTitle(), ui.onUi(about::getText));
		assertEquals(want.close(), ui.onUi(((Button) ui.widget("about.ok"))::getText));
		assertNoUntranslatedKeys(about);
		ui.screenshot(about, "f42-" + want.nl() + "-about");
		ui.click(ui.widget("about.ok"));
		ui.waitUntil("the About dialog to close", about::isDisposed);

		// the dialog an operator meets when the trial has ended, whatever this test runtime's licence is
		ActivationDialogPage activation = ActivationDialogPage.askGate(ui,
				new ExpiredLicence(Services.get(LicenceService.class)));
		Shell dialog = activation.shell();
		assertEquals(want.activate(), ui.onUi(((Button) ui.widget("licence.activate"))::getText));
		assertNoUntranslatedKeys(dialog);
		ui.screenshot(dialog, "f42-" + want.nl() + "-activation");
		activation.cancel();
		assertFalse(activation.answer());
	}

	/**
	 * The control lies inside the window's client area, not cut off at its edge. Measured in the
	 * shell's own coordinates: the window manager's frame is not ours to judge.
	 */
	protected void assertShownWhole(String id) {
		String problem = ui.onUi(() -> {
			Shell shell = console.shell();
			Control control = (Control) ui.find(id).orElseThrow(() -> new AssertionError("no " + id));
			Rectangle bounds = ui.display().map(control.getParent(), shell, control.getBounds());
			Rectangle client = shell.getClientArea();
			return client.union(bounds).equals(client) && control.isVisible() ? null
					: id + " at " + bounds + " is not inside the window's client area " + client;
		});
		assertNull(problem, problem);
	}

	/** Every key of the keypad can be seen: inside the keypad's area and the window, or that area scrolls. */
	protected void assertKeypadShowsEveryKeyOrScrolls() {
		String problem = ui.onUi(() -> {
			Shell shell = console.shell();
			Control keypad = (Control) ui.find("keypad").orElseThrow();
			ScrolledComposite scroller = (ScrolledComposite) keypad.getParent();
			Rectangle visible = ui.display().map(scroller, shell, scroller.getClientArea())
					.intersection(shell.getClientArea());
			boolean scrolls = scroller.getVerticalBar() != null && scroller.getVerticalBar().isVisible();
			for (Widget w : ui.findAll(x -> x instanceof Button)) {
				Button key = (Button) w;
				if (!isInside(key, keypad) || !key.isVisible()) {
					continue;
				}
				Rectangle b = ui.display().map(key.getParent(), shell, key.getBounds());
				if (!visible.union(b).equals(visible) && !scrolls) {
					return "the key '" + key.getText() + "' at " + b + " is cut off: the keypad shows " + visible
							+ " and does not scroll";
				}
			}
			return null;
		});
		assertNull(problem, problem);
	}

	private static boolean isInside(Control control, Control ancestor) {
		for (Control c = control; c != null; c = c.getParent()) {
			if (c == ancestor) {
				return true;
			}
		}
		return false;
	}

	/** No widget shows a model key (%key) or NLS's marker for a missing message. */
	protected void assertNoUntranslatedKeys(Shell shell) {
		List<String> bad = ui.onUi(() -> {
			List<String> found = new ArrayList<>();
			for (Widget w : ui.findAll(x -> true)) {
				String text = textOf(w);
				if (text != null && (text.startsWith("%") || text.contains("NLS missing message"))) {
					found.add(w + ": " + text);
				}
			}
			return found;
		});
		assertTrue(bad.isEmpty(), "untranslated texts in " + ui.onUi(shell::getText) + ": " + bad);
	}

	private static String textOf(Widget widget) {
		return switch (widget) {
		case Label label -> label.getText();
		case Button button -> button.getText();
		case Text text -> text.getText();
		case ToolItem item -> item.getText();
		case Shell shell -> shell.getText();
		default -> null;
		};
	}
}
