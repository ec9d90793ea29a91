package com.switchdesk.product.licence;

import java.util.Objects;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import com.switchdesk.licence.ActivationResult;
import com.switchdesk.licence.LicenceService;

/**
 * Decides, on the display thread, whether the console may be used: at start and whenever the meter finds
 * the trial has just run out. With a running trial or an activation it says yes at once; when the trial
 * has ended it asks for an activation code, and says yes only once a valid one is entered.
 */
public final class LicenceGate {

	private final LicenceService licence;
	private final String productName;
	private final String vendorContact;

	/**
	 * @param licence       the licence service
	 * @param productName   the customer's product name, for titles
	 * @param vendorContact where to send the registration code (the customer profile's vendor contact)
	 */
	public LicenceGate(LicenceService licence, String productName, String vendorContact) {
		this.licence = Objects.requireNonNull(licence, "licence");
		this.productName = Objects.requireNonNull(productName, "productName");
		this.vendorContact = Objects.requireNonNull(vendorContact, "vendorContact");
	}

	/**
	 * @param parent the shell to centre the dialog on, or {@code null} before the main window exists
	 * @return {@code true} if the console may run: a trial with hours left, activated, or activated now
	 */
	public boolean admit(Shell parent) {
		return licence.status().mayRun() || askForCode(parent);
	}

	/**
	 * Lets a trial user enter an activation code before the trial ends (from the About dialog).
	 *
	 * @return {@code true} if a valid code was entered
	 */
	public boolean askForCode(Shell parent) {
		ActivationDialog dialog = new ActivationDialog(parent, licence, productName, vendorContact);
		if (dialog.open() != Window.OK) {
			return false;
		}
		if (dialog.outcome() == ActivationResult.ACTIVATED_NOT_SAVED) {
			MessageDialog.openWarning(parent, NLS.bind(Messages.Activation_title, productName),
					Messages.Result_notSaved);
		}
		return true;
	}
}
