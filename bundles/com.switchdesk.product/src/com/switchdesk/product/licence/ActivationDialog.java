package com.switchdesk.product.licence;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import com.switchdesk.licence.ActivationResult;
import com.switchdesk.licence.LicenceService;
import com.switchdesk.licence.LicenceStatus;
import com.switchdesk.ui.WidgetIds;

/**
 * Asks for an activation code: shows this PC's registration code (selectable, with a Copy button) and
 * where to send it, takes the code the vendor sends back and says plainly what is wrong with a code that
 * does not work. Closes with OK once a code unlocks the console; Cancel leaves the licence as it was.
 */
final class ActivationDialog extends Dialog {

	private final LicenceService licence;
	private final String productName;
	private final String vendorContact;
	private Text code;
	private Label result;
	private ActivationResult outcome;

	ActivationDialog(Shell parent, LicenceService licence, String productName, String vendorContact) {
		super(parent);
		this.licence = licence;
		this.productName = productName;
		this.vendorContact = vendorContact;
	}

	/** @return the result of the code that unlocked the console, or {@code null} if none did */
	ActivationResult outcome() {
		return outcome;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(NLS.bind(Messages.Activation_title, productName));
		WidgetIds.tag(shell, "licence.dialog");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(16, 12).spacing(8, 8).applyTo(area);

		LicenceStatus status = licence.status();
		Label intro = new Label(area, SWT.WRAP);
		intro.setText(status.mayRun()
				? NLS.bind(Messages.Activation_trial, LicenceTexts.hours(status.remaining()),
						LicenceTexts.hours(status.trialLength()))
				: NLS.bind(Messages.Activation_expired, productName, LicenceTexts.hours(status.trialLength())));
		WidgetIds.tag(intro, "licence.intro");
		GridDataFactory.fillDefaults().span(2, 1).hint(520, SWT.DEFAULT).applyTo(intro);

		new Label(area, SWT.NONE).setText(Messages.Activation_registrationCode);
		new Label(area, SWT.NONE);
		Text registration = new Text(area, SWT.READ_ONLY | SWT.BORDER);
		registration.setText(licence.registrationCode());
		registration.setFont(JFaceResources.getTextFont());
		WidgetIds.tag(registration, "licence.registrationCode");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(registration);
		Button copy = new Button(area, SWT.PUSH);
		copy.setText(Messages.Activation_copy);
		WidgetIds.tag(copy, "licence.copy");
		copy.addListener(SWT.Selection, e -> copyToClipboard(registration, copy));

		Label sendTo = new Label(area, SWT.WRAP);
		sendTo.setText(NLS.bind(Messages.Activation_sendTo, vendorContact));
		WidgetIds.tag(sendTo, "licence.contact");
		GridDataFactory.fillDefaults().span(2, 1).hint(520, SWT.DEFAULT).applyTo(sendTo);

		Label codeLabel = new Label(area, SWT.NONE);
		codeLabel.setText(Messages.Activation_code);
		GridDataFactory.fillDefaults().span(2, 1).indent(0, 6).applyTo(codeLabel);
		code = new Text(area, SWT.BORDER | SWT.MULTI | SWT.WRAP);
		code.setFont(JFaceResources.getTextFont());
		WidgetIds.tag(code, "licence.code");
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false)
				.hint(520, code.getLineHeight() * 3 + 8).applyTo(code);
		code.addListener(SWT.Traverse, e -> {
			if (e.detail == SWT.TRAVERSE_RETURN) { // Enter activates; a code has no line breaks
				e.doit = false;
				okPressed();
			}
		});

		result = new Label(area, SWT.WRAP);
		WidgetIds.tag(result, "licence.result");
		GridDataFactory.fillDefaults().span(2, 1).hint(520, SWT.DEFAULT).applyTo(result);
		return area;
	}

	@Override
	public void create() {
		super.create();
		code.setFocus(); // the user comes here to paste a code; the registration code is only to copy
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		// our own captions: JFace's OK/Cancel come without a Chinese translation on Maven Central
		WidgetIds.tag(createButton(parent, IDialogConstants.OK_ID, Messages.Activation_activate, true),
				"licence.activate");
		WidgetIds.tag(createButton(parent, IDialogConstants.CANCEL_ID, Messages.Activation_cancel, false),
				"licence.cancel");
	}

	@Override
	protected void okPressed() {
		String typed = code.getText().strip();
		if (typed.isEmpty()) {
			showProblem(Messages.Activation_empty);
			return;
		}
		ActivationResult answer = licence.activate(typed);
		if (answer.unlocks()) {
			outcome = answer;
			super.okPressed();
			return;
		}
		showProblem(LicenceTexts.explain(answer));
		code.setFocus();
		code.selectAll();
	}

	private void showProblem(String text) {
		result.setText(text);
		result.setForeground(result.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		result.getParent().layout(true, true);
		getShell().pack();
	}

	private static void copyToClipboard(Text registration, Button copy) {
		Clipboard clipboard = new Clipboard(registration.getDisplay());
		try {
			clipboard.setContents(new Object[] { registration.getText() }, new Transfer[] { TextTransfer.getInstance() });
		} finally {
			clipboard.dispose();
		}
		registration.selectAll();
		copy.setText(Messages.Activation_copied);
		copy.getParent().layout(true);
	}
}
