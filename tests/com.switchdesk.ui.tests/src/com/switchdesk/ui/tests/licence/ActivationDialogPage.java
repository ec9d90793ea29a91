package com.switchdesk.ui.tests.licence;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import com.switchdesk.licence.LicenceService;
import com.switchdesk.product.licence.LicenceGate;
import com.switchdesk.ui.tests.driver.UiDriver;

/**
 * Page object of the activation dialog, opened the way the console opens it at start: the licence gate
 * asks, on the display thread, whether the console may run. The answer arrives when the dialog closes.
 */
public final class ActivationDialogPage {

	static final String PRODUCT = "SwitchDesk Attendant Console";
	static final String CONTACT = "SwitchDesk sales: licence@switchdesk.example";

	private final UiDriver ui;
	private final CompletableFuture<Boolean> admitted = new CompletableFuture<>();

	private ActivationDialogPage(UiDriver ui) {
		this.ui = ui;
	}

	/** Asks the gate, as at start; returns the page once the dialog shows (or at once if none is needed). */
	public static ActivationDialogPage askGate(UiDriver ui, LicenceService licence) {
		ActivationDialogPage page = new ActivationDialogPage(ui);
		ui.display().asyncExec(() -> {
			try {
				page.admitted.complete(new LicenceGate(licence, PRODUCT, CONTACT).admit(null));
			} catch (RuntimeException | Error e) {
				page.admitted.completeExceptionally(e);
			}
		});
		return page;
	}

	public Shell shell() {
		return ui.widget("licence.dialog");
	}

	String registrationCode() {
		Text code = ui.widget("licence.registrationCode");
		return ui.onUi(code::getText);
	}

	/** Pastes a code into the activation code field, as a user pastes the code from the vendor's e-mail. */
	void paste(String code) {
		Text field = ui.widget("licence.code");
		ui.onUi(() -> {
			Clipboard clipboard = new Clipboard(ui.display());
			clipboard.setContents(new Object[] { code }, new Transfer[] { TextTransfer.getInstance() });
			clipboard.dispose();
			field.setText("");
			return null;
		});
		ui.click(field);
		ui.press("ctrl+v");
		ui.waitUntil("the pasted code in the field", () -> field.getText().equals(code));
	}

	void activate() {
		ui.click(ui.widget("licence.activate"));
	}

	public void cancel() {
		ui.click(ui.widget("licence.cancel"));
	}

	/** Waits until the dialog shows a result that starts with {@code start}, and returns the whole text. */
	String waitForResult(String start) {
		Label result = ui.widget("licence.result");
		ui.waitUntil("the result \"" + start + "...\"", () -> result.getText().startsWith(start));
		return ui.onUi(result::getText);
	}

	/** @return the gate's answer: may the console run */
	public boolean answer() {
		try {
			return admitted.get(UiDriver.DEFAULT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
		} catch (TimeoutException e) {
			throw new AssertionError("the licence gate did not answer within " + UiDriver.DEFAULT_TIMEOUT);
		} catch (ExecutionException e) {
			throw new AssertionError("the licence gate failed", e.getCause());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
	}

	boolean answered() {
		return admitted.isDone();
	}
}
