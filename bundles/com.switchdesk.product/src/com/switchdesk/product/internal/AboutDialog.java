package com.switchdesk.product.internal;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import com.switchdesk.licence.LicenceService;
import com.switchdesk.licence.LicenceState;
import com.switchdesk.product.licence.LicenceGate;
import com.switchdesk.product.licence.LicenceTexts;
import com.switchdesk.ui.WidgetIds;

/**
 * Names the customer's product, its version, the licence (trial hours left, unobtrusively here rather than
 * in the operator's way) and the runtime; a trial user can enter an activation code from here.
 */
class AboutDialog extends Dialog {

	private static final int ACTIVATE_ID = IDialogConstants.CLIENT_ID + 1;

	private final Branding branding;
	private final LicenceService licence;
	private Label licenceLine;

	/** @param licence the licence, or {@code null} if its service is missing (the line is then left out) */
	AboutDialog(Shell parent, Branding branding, LicenceService licence) {
		super(parent);
		this.branding = branding;
		this.licence = licence;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(NLS.bind(Messages.About_title, branding.productName()));
		WidgetIds.tag(shell, "about.dialog");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), area);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(16, 16).spacing(16, 6).applyTo(area);

		Label logo = new Label(area, SWT.NONE);
		logo.setImage(resources.create(branding.logo()));
		WidgetIds.tag(logo, "about.logo");
		GridDataFactory.swtDefaults().align(SWT.CENTER, SWT.BEGINNING).span(1, 5).applyTo(logo);

		Label name = new Label(area, SWT.NONE);
		name.setText(branding.productName());
		name.setFont(resources.create(FontDescriptor.createFrom(JFaceResources.getDialogFont()).setStyle(SWT.BOLD)
				.increaseHeight(4)));
		WidgetIds.tag(name, "about.name");

		Label version = new Label(area, SWT.NONE);
		version.setText(NLS.bind(Messages.About_version, branding.version()));
		WidgetIds.tag(version, "about.version");

		if (licence != null) {
			licenceLine = new Label(area, SWT.NONE);
			licenceLine.setText(LicenceTexts.status(licence.status()));
			WidgetIds.tag(licenceLine, "about.licence");
		}

		Label text = new Label(area, SWT.WRAP);
		text.setText(branding.aboutText());
		WidgetIds.tag(text, "about.text");
		GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).indent(0, 8).applyTo(text);

		Label details = new Label(area, SWT.WRAP);
		details.setText(NLS.bind(Messages.About_contact, branding.vendorContact()) + "\n"
				+ NLS.bind(Messages.About_runtime, System.getProperty("java.version"),
						System.getProperty("os.name") + " " + System.getProperty("os.arch")));
		GridDataFactory.fillDefaults().grab(true, true).hint(420, SWT.DEFAULT).indent(0, 8).applyTo(details);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		if (licence != null && licence.status().state() != LicenceState.ACTIVATED) {
			WidgetIds.tag(createButton(parent, ACTIVATE_ID, Messages.About_activate, false), "about.activate");
		}
		WidgetIds.tag(createButton(parent, IDialogConstants.OK_ID, Messages.About_close, true), "about.ok");
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId != ACTIVATE_ID) {
			super.buttonPressed(buttonId);
			return;
		}
		LicenceGate gate = new LicenceGate(licence, branding.productName(), branding.vendorContact());
		if (gate.askForCode(getShell())) {
			licenceLine.setText(LicenceTexts.status(licence.status()));
			Button activate = getButton(ACTIVATE_ID);
			activate.setEnabled(false);
			licenceLine.getParent().layout(true);
		}
	}
}
