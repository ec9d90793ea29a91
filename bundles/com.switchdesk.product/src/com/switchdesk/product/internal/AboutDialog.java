package com.switchdesk.product.internal;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/** Names the product, its version and the runtime it is running on. */
class AboutDialog extends Dialog {

	static final String WIDGET_KEY = "org.eclipse.swtbot.widget.key";

	private final Branding branding;

	AboutDialog(Shell parent, Branding branding) {
		super(parent);
		this.branding = branding;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(NLS.bind(Messages.About_title, branding.productName()));
		shell.setData(WIDGET_KEY, "about.dialog");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), area);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(16, 16).spacing(16, 6).applyTo(area);

		Label icon = new Label(area, SWT.NONE);
		icon.setImage(resources.create(ImageDescriptor.createFromURLSupplier(true,
				() -> AboutDialog.class.getResource("/icons/app-64.png"))));
		GridDataFactory.swtDefaults().align(SWT.CENTER, SWT.BEGINNING).span(1, 3).applyTo(icon);

		Label name = new Label(area, SWT.NONE);
		name.setText(branding.productName());
		name.setFont(resources.create(FontDescriptor.createFrom(JFaceResources.getDialogFont()).setStyle(SWT.BOLD)
				.increaseHeight(4)));
		name.setData(WIDGET_KEY, "about.name");

		Label version = new Label(area, SWT.NONE);
		version.setText(NLS.bind(Messages.About_version, branding.version()));
		version.setData(WIDGET_KEY, "about.version");

		Label text = new Label(area, SWT.WRAP);
		text.setText(branding.aboutText() + "\n\n" + NLS.bind(Messages.About_runtime, System.getProperty("java.version"),
				System.getProperty("os.name") + " " + System.getProperty("os.arch")));
		GridDataFactory.fillDefaults().grab(true, true).hint(420, SWT.DEFAULT).applyTo(text);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.OK_LABEL, true).setData(WIDGET_KEY, "about.ok");
	}
}
