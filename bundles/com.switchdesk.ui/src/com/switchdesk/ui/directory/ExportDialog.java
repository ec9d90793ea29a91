package com.switchdesk.ui.directory;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import com.switchdesk.ui.Buttons;
import com.switchdesk.ui.WidgetIds;

/**
 * Chooses how to export every customer (F07): CSV in UTF-8 (which spreadsheets open directly) or GBK (older
 * Chinese Excel), with English or Chinese headers, or vCard for phones and mail programs; and the file.
 */
final class ExportDialog extends TitleAreaDialog {

	enum Format {
		CSV_UTF8, CSV_GBK, VCARD
	}

	/** What to write where. */
	record Plan(Path file, Format format, boolean chineseHeaders) {
	}

	private Button utf8;
	private Button gbk;
	private Button vcard;
	private Button english;
	private Button chinese;
	private Text file;
	private Plan plan;

	ExportDialog(Shell parent) {
		super(parent);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Export_title);
		WidgetIds.tag(shell, "export.dialog");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(Messages.Export_title);
		setMessage(Messages.Export_message);
		Composite area = (Composite) super.createDialogArea(parent);
		Composite form = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).margins(12, 8).applyTo(form);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);

		new Label(form, SWT.NONE).setText(Messages.Export_format);
		Composite formats = box(form);
		utf8 = Buttons.radio(formats, "export.csvUtf8", Messages.Export_csvUtf8, true);
		gbk = Buttons.radio(formats, "export.csvGbk", Messages.Export_csvGbk, false);
		vcard = Buttons.radio(formats, "export.vcard", Messages.Export_vcard, false);
		new Label(form, SWT.NONE).setText(Messages.Export_headers);
		Composite headers = box(form);
		english = Buttons.radio(headers, "export.english", Messages.Export_english, true);
		chinese = Buttons.radio(headers, "export.chinese", Messages.Export_chinese, false);
		new Label(form, SWT.NONE).setText(Messages.Export_file);
		file = WidgetIds.tag(new Text(form, SWT.BORDER), "export.file");
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(file);
		file.addListener(SWT.Modify, e -> update());
		Button browse = WidgetIds.tag(new Button(form, SWT.PUSH), "export.browse");
		browse.setText(Messages.Transfer_browse);
		browse.addListener(SWT.Selection, e -> browse());
		vcard.addListener(SWT.Selection, e -> update());
		return area;
	}

	private static Composite box(Composite form) {
		Composite box = new Composite(form, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(box);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(box);
		return box;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		WidgetIds.tag(createButton(parent, IDialogConstants.OK_ID, Messages.Export_run, true), "export.ok");
		WidgetIds.tag(createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false),
				"export.cancel");
		update();
	}

	private void update() {
		english.setEnabled(!vcard.getSelection());
		chinese.setEnabled(!vcard.getSelection());
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok != null) {
			ok.setEnabled(!file.getText().isBlank());
		}
	}

	private void browse() {
		FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
		dialog.setOverwrite(true);
		dialog.setFileName(vcard.getSelection() ? "customers.vcf" : "customers.csv");
		String chosen = dialog.open();
		if (chosen != null) {
			file.setText(chosen);
		}
	}

	@Override
	protected void okPressed() {
		Path path = Path.of(file.getText().strip());
		if (Files.isDirectory(path)) {
			setErrorMessage(NLS.bind(Messages.Export_isFolder, path));
			return;
		}
		if (Files.exists(path) && !MessageDialog.openQuestion(getShell(), Messages.Export_title,
				NLS.bind(Messages.Export_overwrite, path))) {
			return;
		}
		Format format = vcard.getSelection() ? Format.VCARD : gbk.getSelection() ? Format.CSV_GBK : Format.CSV_UTF8;
		plan = new Plan(path, format, chinese.getSelection());
		super.okPressed();
	}

	Plan plan() {
		return plan;
	}
}
