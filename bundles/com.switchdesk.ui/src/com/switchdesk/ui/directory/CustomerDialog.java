package com.switchdesk.ui.directory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import com.switchdesk.model.Customer;
import com.switchdesk.model.SwitchdeskFactory;
import com.switchdesk.store.CustomerService;
import com.switchdesk.store.OperatorSession;
import com.switchdesk.store.Problem;
import com.switchdesk.store.ValidationException;
import com.switchdesk.ui.WidgetIds;

/**
 * Creates or edits a customer (F05): name, company, numbers, e-mail, ringtone with preview, notes. Saving runs
 * in the background; the store's problems appear next to their fields and the dialog stays open.
 */
final class CustomerDialog extends TitleAreaDialog {

	private static final RGB REFUSED = new RGB(0xff, 0xdd, 0xdd);
	/** Key of an error label's data: the empty cell that keeps it under its field. */
	private static final String SPACER = "switchdesk.errorSpacer";

	private final Customer original;
	private final CustomerService service;
	private final OperatorSession session;
	private final Background background;
	private final Map<String, Label> errors = new LinkedHashMap<>();
	private Text name;
	private Text company;
	private Text email;
	private Text notes;
	private NumbersEditor numbers;
	private RingtoneChooser tone;
	private Customer saved;

	/** @param original the customer to edit, null for a new one */
	CustomerDialog(Shell parent, Customer original, CustomerService service, OperatorSession session,
			Background background) {
		super(parent);
		this.original = original;
		this.service = service;
		this.session = session;
		this.background = background;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(original == null ? Messages.Customer_newTitle : Messages.Customer_editTitle);
		WidgetIds.tag(shell, "customer.dialog");
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(original == null ? Messages.Customer_newTitle : Messages.Customer_editTitle);
		setMessage(Messages.Customer_message);
		Composite area = (Composite) super.createDialogArea(parent);
		Composite form = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 8).spacing(10, 4).applyTo(form);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
		Customer c = original != null ? original : SwitchdeskFactory.eINSTANCE.createCustomer();

		name = text(form, Messages.Customer_name, "name", c.getName(), SWT.BORDER);
		company = text(form, Messages.Customer_company, "company", c.getCompany(), SWT.BORDER);
		label(form, Messages.Customer_numbers);
		numbers = new NumbersEditor(form, () -> clear("numbers"));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(numbers.control());
		numbers.show(c.getNumbers());
		error(form, "numbers");
		email = text(form, Messages.Customer_email, "email", c.getEmail(), SWT.BORDER);
		label(form, Messages.Customer_ringtone);
		tone = new RingtoneChooser(form, "customer.ringtone", true);
		tone.select(c.getRingtone());
		error(form, "ringtone");
		notes = text(form, Messages.Customer_notes, "notes", c.getNotes(), SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		((GridData) notes.getLayoutData()).heightHint = 60;
		return area;
	}

	private Text text(Composite form, String caption, String field, String value, int style) {
		label(form, caption);
		Text t = WidgetIds.tag(new Text(form, style), "customer." + field);
		t.setText(CustomerTexts.text(value));
		GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(t);
		t.addListener(SWT.Modify, e -> clear(field));
		error(form, field);
		return t;
	}

	private static void label(Composite form, String caption) {
		Label l = new Label(form, SWT.NONE);
		l.setText(caption);
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).indent(0, 4).applyTo(l);
	}

	/** A field's error line, under the field: an empty cell below the caption, then the text; both hidden. */
	private void error(Composite form, String field) {
		Label spacer = new Label(form, SWT.NONE);
		GridDataFactory.swtDefaults().exclude(true).applyTo(spacer);
		spacer.setVisible(false);
		Label l = WidgetIds.tag(new Label(form, SWT.WRAP), "customer.error." + field);
		l.setForeground(form.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).exclude(true).applyTo(l);
		l.setVisible(false);
		l.setData(SPACER, spacer);
		errors.put(field, l);
	}

	private static void showError(Label l, boolean shown) {
		for (Control c : new Control[] { l, (Control) l.getData(SPACER) }) {
			((GridData) c.getLayoutData()).exclude = !shown;
			c.setVisible(shown);
		}
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		WidgetIds.tag(createButton(parent, IDialogConstants.OK_ID, Messages.Customer_save, true), "customer.ok");
		WidgetIds.tag(createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false),
				"customer.cancel");
	}

	@Override
	protected void okPressed() {
		Customer c = original == null ? SwitchdeskFactory.eINSTANCE.createCustomer() : EcoreUtil.copy(original);
		c.setName(name.getText().strip());
		c.setCompany(company.getText().strip());
		c.setEmail(email.getText().strip());
		c.setNotes(notes.getText().strip());
		c.setRingtone(tone.selected().isEmpty() ? null : tone.selected());
		c.getNumbers().clear();
		c.getNumbers().addAll(numbers.numbers());
		errors.keySet().forEach(this::clear);
		setErrorMessage(null);
		setMessage(Messages.Customer_saving);
		busy(true);
		background.run(() -> original == null ? service.create(session, c) : service.update(session, c), stored -> {
			saved = stored;
			if (getShell() != null && !getShell().isDisposed()) {
				setReturnCode(OK);
				close();
			}
		}, this::refused);
	}

	private void refused(Throwable error) {
		if (getShell() == null || getShell().isDisposed()) {
			return;
		}
		busy(false);
		setMessage(Messages.Customer_message);
		if (!(Background.unwrap(error) instanceof ValidationException v)) {
			setErrorMessage(Failures.text(error));
			return;
		}
		List<Integer> badNumbers = new ArrayList<>();
		List<String> elsewhere = new ArrayList<>();
		for (Problem p : v.problems()) {
			String field = p.field().startsWith("numbers") ? "numbers" : p.field();
			if (p.field().startsWith("numbers[")) {
				badNumbers.add(Integer.parseInt(p.field().replaceAll("\\D", "")));
			}
			Label l = errors.get(field);
			if (l == null) {
				elsewhere.add(p.message());
				continue;
			}
			String old = l.getText();
			l.setText(old.isEmpty() ? p.message() : old + "\n" + p.message());
			showError(l, true);
		}
		numbers.mark(badNumbers, new Color(REFUSED));
		setErrorMessage(elsewhere.isEmpty() ? Messages.Customer_fix : String.join("\n", elsewhere));
		// the error lines take room: grow the dialog rather than push the notes out of sight
		Shell shell = getShell();
		int needed = shell.computeSize(shell.getSize().x, SWT.DEFAULT).y;
		if (needed > shell.getSize().y) {
			shell.setSize(shell.getSize().x, needed);
		}
		shell.layout(true, true);
	}

	private void clear(String field) {
		Label l = errors.get(field);
		if (l != null && l.isVisible()) {
			l.setText("");
			showError(l, false);
			l.getParent().layout(true, true);
		}
	}

	private void busy(boolean busy) {
		getButton(IDialogConstants.OK_ID).setEnabled(!busy);
		getButton(IDialogConstants.CANCEL_ID).setEnabled(!busy);
	}

	/** The customer as stored, after OK. */
	Customer saved() {
		return saved;
	}
}
