package com.switchdesk.ui.directory;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import com.switchdesk.store.OperatorSession;
import com.switchdesk.store.transfer.CsvOptions;
import com.switchdesk.store.transfer.CsvPreview;
import com.switchdesk.store.transfer.CustomerTransferService;
import com.switchdesk.store.transfer.ImportMode;
import com.switchdesk.ui.Buttons;
import com.switchdesk.ui.WidgetIds;

/**
 * Chooses what to import (F07): the file, CSV or vCard, the CSV's encoding (detected, UTF-8 or GBK), which
 * column fills which field, and whether the file adds to the stored customers or replaces them. A CSV's first
 * rows are previewed as the import would read them, with the problems found there.
 */
final class ImportDialog extends TitleAreaDialog {

	/** What to import, and how. */
	record Plan(Path file, boolean vcard, CsvOptions options) {
	}

	private static final int PREVIEW_ROWS = 10;
	private static final int PAUSE_MILLIS = 300;

	private final CustomerTransferService transfer;
	private final OperatorSession session;
	private final Background background;
	private final Runnable previewLater = this::preview;
	private Text file;
	private Button csv;
	private Button vcard;
	private Combo encoding;
	private Button add;
	private Button replace;
	private ImportPreview preview;
	private long ticket;
	private Plan plan;

	ImportDialog(Shell parent, CustomerTransferService transfer, OperatorSession session, Background background) {
		super(parent);
		this.transfer = transfer;
		this.session = session;
		this.background = background;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Import_title);
		WidgetIds.tag(shell, "import.dialog");
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Point getInitialSize() {
		Point size = super.getInitialSize();
		return new Point(Math.max(size.x, 780), Math.max(size.y, 640));
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(Messages.Import_title);
		setMessage(Messages.Import_message);
		Composite area = (Composite) super.createDialogArea(parent);
		Composite form = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).margins(12, 8).applyTo(form);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);

		new Label(form, SWT.NONE).setText(Messages.Import_file);
		file = WidgetIds.tag(new Text(form, SWT.BORDER), "import.file");
		GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(file);
		file.addListener(SWT.Modify, e -> fileChanged());
		Button browse = WidgetIds.tag(new Button(form, SWT.PUSH), "import.browse");
		browse.setText(Messages.Transfer_browse);
		browse.addListener(SWT.Selection, e -> browse());

		new Label(form, SWT.NONE).setText(Messages.Import_format);
		Composite formats = row(form, 2);
		csv = Buttons.radio(formats, "import.csv", Messages.Import_csv, true);
		vcard = Buttons.radio(formats, "import.vcard", Messages.Import_vcard, false);
		new Label(form, SWT.NONE).setText(Messages.Import_encoding);
		encoding = WidgetIds.tag(new Combo(row(form, 1), SWT.READ_ONLY | SWT.DROP_DOWN), "import.encoding");
		encoding.setItems(Messages.Import_encodingAuto, "UTF-8", "GBK");
		encoding.select(0);
		new Label(form, SWT.NONE).setText(Messages.Import_mode);
		Composite modes = row(form, 1);
		add = Buttons.radio(modes, "import.add", Messages.Import_add, true);
		replace = Buttons.radio(modes, "import.replace", Messages.Import_replace, false);
		Label replaceNote = new Label(modes, SWT.WRAP);
		replaceNote.setText(Messages.Import_replaceNote);
		GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).indent(22, 0).applyTo(replaceNote);

		Group box = new Group(form, SWT.NONE);
		box.setText(Messages.Import_previewTitle);
		GridLayoutFactory.swtDefaults().applyTo(box);
		GridDataFactory.fillDefaults().grab(true, true).span(3, 1).applyTo(box);
		preview = new ImportPreview(box, this::preview);

		csv.addListener(SWT.Selection, e -> preview());
		vcard.addListener(SWT.Selection, e -> preview());
		encoding.addListener(SWT.Selection, e -> preview());
		preview();
		return area;
	}

	private static Composite row(Composite form, int columns) {
		Composite row = new Composite(form, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(columns).applyTo(row);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(row);
		return row;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		WidgetIds.tag(createButton(parent, IDialogConstants.OK_ID, Messages.Import_run, true), "import.ok");
		WidgetIds.tag(createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false),
				"import.cancel");
		getButton(IDialogConstants.OK_ID).setEnabled(false);
	}

	private void browse() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
		dialog.setFilterExtensions(new String[] { "*.csv;*.CSV;*.txt", "*.vcf;*.VCF;*.vcard", "*" });
		dialog.setFilterNames(new String[] { Messages.Transfer_csvFiles, Messages.Transfer_vcardFiles,
				Messages.Transfer_allFiles });
		String chosen = dialog.open();
		if (chosen != null) {
			file.setText(chosen);
		}
	}

	private void fileChanged() {
		String name = file.getText().strip().toLowerCase(Locale.ROOT);
		if (name.endsWith(".vcf") || name.endsWith(".vcard")) {
			csv.setSelection(false);
			vcard.setSelection(true);
		} else if (name.endsWith(".csv") || name.endsWith(".txt")) {
			csv.setSelection(true);
			vcard.setSelection(false);
		}
		preview.forgetMapping();
		getShell().getDisplay().timerExec(-1, previewLater);
		getShell().getDisplay().timerExec(PAUSE_MILLIS, previewLater);
	}

	private Charset charset() {
		return switch (encoding.getSelectionIndex()) {
		case 1 -> StandardCharsets.UTF_8;
		case 2 -> Charset.forName("GBK");
		default -> null;
		};
	}

	private CsvOptions options() {
		return CsvOptions.defaults().withCharset(charset()).withMapping(preview.mapping())
				.withMode(replace.getSelection() ? ImportMode.REPLACE_ALL : ImportMode.ADD);
	}

	/** Reads the file's start again (in the background); only the newest answer is shown. */
	private void preview() {
		if (getShell() == null || getShell().isDisposed()) {
			return;
		}
		String name = file.getText().strip();
		encoding.setEnabled(csv.getSelection());
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok != null) {
			ok.setEnabled(!name.isEmpty());
		}
		long mine = ++ticket;
		if (name.isEmpty()) {
			preview.note(Messages.Import_chooseFile, false);
			return;
		}
		if (vcard.getSelection()) {
			preview.note(Messages.Import_vcardNote, false);
			return;
		}
		CsvOptions options = options();
		Path path = Path.of(name);
		preview.note(Messages.Import_reading, false);
		background.run(() -> transfer.previewCsv(session, path, options, PREVIEW_ROWS), (CsvPreview result) -> {
			if (mine == ticket && getShell() != null && !getShell().isDisposed()) {
				preview.show(result);
			}
		}, error -> {
			if (mine == ticket && getShell() != null && !getShell().isDisposed()) {
				preview.note(Failures.text(error), true);
			}
		});
	}

	@Override
	protected void okPressed() {
		plan = new Plan(Path.of(file.getText().strip()), vcard.getSelection(), options());
		super.okPressed();
	}

	Plan plan() {
		return plan;
	}
}
