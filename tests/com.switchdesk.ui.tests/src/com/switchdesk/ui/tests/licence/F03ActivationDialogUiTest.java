package com.switchdesk.ui.tests.licence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;

import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.switchdesk.licence.LicenceService;
import com.switchdesk.licence.LicenceState;
import com.switchdesk.ui.WidgetIds;
import com.switchdesk.ui.tests.driver.ConsoleWindow;
import com.switchdesk.ui.tests.driver.Services;
import com.switchdesk.ui.tests.driver.UiDriver;

/**
 * F03: when the trial has ended the console asks for an activation code before it starts: the registration
 * code to send (selectable, with Copy), where to send it, and a plain answer for each code that does not
 * work. Codes are issued by the vendor's tool; verification is the product's own (its built-in key).
 */
class F03ActivationDialogUiTest {

	private static final String OTHER_PC = "ABCD-EFGH-JKLM-NPQR-STUV";

	/** Codes the vendor tool issued for this PC and for another one; issued once, it takes a second each. */
	private static String codeForThisPc;
	private static String codeForAnotherPc;

	private UiDriver ui;
	private LicenceService real;

	@BeforeAll
	static void issueCodes() throws IOException, InterruptedException {
		UiDriver.forProduct();
		String thisPc = Services.get(LicenceService.class).registrationCode();
		codeForThisPc = VendorTool.issue(thisPc);
		codeForAnotherPc = VendorTool.issue(thisPc.equals(OTHER_PC) ? "ZYXW-VUTS-RQPN-MLKJ-HGFE" : OTHER_PC);
	}

	@BeforeEach
	void startProduct() {
		ui = UiDriver.forProduct();
		ConsoleWindow.waitForStart(ui);
		real = Services.get(LicenceService.class);
	}

	/** A test that failed half-way must not leave its dialog to the next one. */
	@AfterEach
	void closeLeftOverDialog() {
		ui.find("licence.dialog").ifPresent(dialog -> ui.onUi(() -> {
			((Shell) dialog).close();
			return null;
		}));
		ui.waitUntil("no activation dialog", () -> ui.findAll(w -> "licence.dialog".equals(WidgetIds.of(w))).isEmpty());
	}

	@Test
	void f03_expiredTrialAsksForACodeAndTheVendorsCodeUnlocks() throws Exception {
		assumeTrue(VendorTool.productUsesDevelopmentKey(), "the product embeds a production key");
		ExpiredLicence licence = new ExpiredLicence(real);
		ActivationDialogPage dialog = ActivationDialogPage.askGate(ui, licence);
		Shell shell = dialog.shell();
		Label intro = ui.widget("licence.intro");
		assertTrue(ui.onUi(intro::getText).startsWith("The 140-hour trial of " + ActivationDialogPage.PRODUCT + " has ended"));
		Label contact = ui.widget("licence.contact");
		assertTrue(ui.onUi(contact::getText).contains(ActivationDialogPage.CONTACT));
		assertEquals(real.registrationCode(), dialog.registrationCode());
		ui.screenshot(shell, "f03-activation-expired");

		dialog.paste(codeForThisPc);
		dialog.activate();

		assertTrue(dialog.answer(), "a valid code lets the console start");
		ui.waitUntil("the dialog to close", shell::isDisposed);
		assertEquals(LicenceState.ACTIVATED, licence.status().state());
	}

	@Test
	void f03_codeIssuedForAnotherPcIsRefusedAsSuch() throws Exception {
		assumeTrue(VendorTool.productUsesDevelopmentKey(), "the product embeds a production key");
		ActivationDialogPage dialog = ActivationDialogPage.askGate(ui, new ExpiredLicence(real));
		Shell shell = dialog.shell();
		dialog.paste(codeForAnotherPc);
		dialog.activate();
		dialog.waitForResult("This activation code was issued for another PC");
		ui.screenshot(shell, "f03-activation-wrong-pc");
		assertFalse(dialog.answered(), "the dialog stays open for another try");
		dialog.cancel();
		assertFalse(dialog.answer());
	}

	@Test
	void f03_malformedAndMistypedCodesAreExplainedDifferently() throws Exception {
		ExpiredLicence licence = new ExpiredLicence(real);
		ActivationDialogPage dialog = ActivationDialogPage.askGate(ui, licence);
		dialog.shell();
		dialog.paste("HELLO-WORLD");
		dialog.activate();
		dialog.waitForResult("This is not an activation code");

		dialog.paste(mistype(codeForThisPc, 40));
		dialog.activate();
		dialog.waitForResult("This activation code is not valid: a character is probably mistyped");

		dialog.cancel();
		assertFalse(dialog.answer(), "Cancel: the console does not start");
		assertEquals(LicenceState.EXPIRED, licence.status().state());
	}

	@Test
	void f03_registrationCodeIsSelectableAndCopied() {
		ActivationDialogPage dialog = ActivationDialogPage.askGate(ui, new ExpiredLicence(real));
		dialog.shell();
		Text registration = ui.widget("licence.registrationCode");
		assertTrue(ui.onUi(() -> (registration.getStyle() & SWT.READ_ONLY) != 0), "shown, not editable");
		ui.onUi(() -> {
			Clipboard clipboard = new Clipboard(ui.display());
			clipboard.clearContents();
			clipboard.dispose();
			return null;
		});
		ui.click(ui.widget("licence.copy"));
		ui.waitUntil("the registration code on the clipboard", () -> {
			Clipboard clipboard = new Clipboard(ui.display());
			try {
				return real.registrationCode().equals(clipboard.getContents(TextTransfer.getInstance()));
			} finally {
				clipboard.dispose();
			}
		});
		assertEquals(real.registrationCode(), ui.onUi(registration::getSelectionText), "and selected");
		dialog.cancel();
		assertFalse(dialog.answer());
	}

	@Test
	void f03_runningTrialStartsWithoutAsking() {
		assertNotEquals(LicenceState.EXPIRED, real.status().state(), "a fresh test home has a fresh trial");
		ActivationDialogPage dialog = ActivationDialogPage.askGate(ui, real);
		assertTrue(dialog.answer());
		assertTrue(ui.find("licence.dialog").isEmpty(), "no dialog was shown");
	}

	/** The code with one character of its signature part replaced by another of the code alphabet. */
	private static String mistype(String code, int at) {
		char original = code.charAt(at);
		char other = original == 'K' ? 'L' : 'K';
		return code.substring(0, at) + other + code.substring(at + 1);
	}
}
