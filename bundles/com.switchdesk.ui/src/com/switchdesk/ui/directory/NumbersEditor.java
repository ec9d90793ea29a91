package com.switchdesk.ui.directory;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import com.switchdesk.model.PhoneLabel;
import com.switchdesk.model.PhoneNumber;
import com.switchdesk.model.SwitchdeskFactory;
import com.switchdesk.store.CustomerService;
import com.switchdesk.ui.WidgetIds;

/**
 * A customer's numbers in the editor: one row per number (kind and number, with a remove button), and a button
 * to add one, up to {@link CustomerService#MAX_NUMBERS}. Rows the store refused are marked.
 */
final class NumbersEditor {

	private final Composite root;
	private final Composite rows;
	private final Button add;
	private final List<Row> list = new ArrayList<>();
	private final Runnable changed;
	private int created;

	private record Row(Composite box, Combo kind, Text number) {
	}

	NumbersEditor(Composite parent, Runnable changed) {
		this.changed = changed;
		root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(root);
		rows = new Composite(root, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(4, 4).applyTo(rows);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(rows);
		add = WidgetIds.tag(new Button(root, SWT.PUSH), "customer.addNumber");
		add.setText(Messages.Customer_addNumber);
		add.addListener(SWT.Selection, e -> {
			addRow(PhoneLabel.MOBILE, "").number().setFocus();
			relayout();
		});
	}

	Composite control() {
		return root;
	}

	void show(List<PhoneNumber> numbers) {
		for (PhoneNumber n : numbers) {
			addRow(n.getLabel() == null ? PhoneLabel.OTHER : n.getLabel(), CustomerTexts.text(n.getNumber()));
		}
		if (numbers.isEmpty()) {
			addRow(PhoneLabel.MOBILE, "");
		}
		updateAdd();
	}

	/** The rows with a number, in order (empty rows are left out). */
	List<PhoneNumber> numbers() {
		List<PhoneNumber> result = new ArrayList<>();
		for (Row row : list) {
			String text = row.number().getText().strip();
			if (!text.isEmpty()) {
				PhoneNumber n = SwitchdeskFactory.eINSTANCE.createPhoneNumber();
				n.setNumber(text);
				n.setLabel(PhoneLabel.get(row.kind().getSelectionIndex()));
				result.add(n);
			}
		}
		return result;
	}

	/**
	 * Marks the rows the store refused; {@code index} counts only the rows with a number, as
	 * {@link #numbers()} does.
	 */
	void mark(List<Integer> refused, Color colour) {
		int filled = 0;
		for (Row row : list) {
			boolean hasNumber = !row.number().getText().isBlank();
			row.number().setBackground(hasNumber && refused.contains(filled) ? colour : null);
			if (hasNumber) {
				filled++;
			}
		}
	}

	private Row addRow(PhoneLabel label, String number) {
		int index = created++;
		Composite box = new Composite(rows, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(box);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(box);
		Combo kind = WidgetIds.tag(new Combo(box, SWT.READ_ONLY | SWT.DROP_DOWN), "customer.kind." + index);
		for (PhoneLabel l : PhoneLabel.VALUES) {
			kind.add(CustomerTexts.kind(l));
		}
		kind.select(label.getValue());
		Text text = WidgetIds.tag(new Text(box, SWT.BORDER), "customer.number." + index);
		text.setText(number);
		text.setMessage(Messages.Customer_numberHint);
		GridDataFactory.fillDefaults().grab(true, false).hint(180, SWT.DEFAULT).applyTo(text);
		text.addListener(SWT.Modify, e -> changed.run());
		Button remove = WidgetIds.tag(new Button(box, SWT.PUSH), "customer.removeNumber." + index);
		remove.setText(Messages.Customer_removeNumber);
		remove.setToolTipText(Messages.Customer_removeNumberTip);
		Row row = new Row(box, kind, text);
		remove.addListener(SWT.Selection, e -> {
			list.remove(row);
			box.dispose();
			if (list.isEmpty()) {
				addRow(PhoneLabel.MOBILE, "");
			}
			relayout();
			changed.run();
		});
		list.add(row);
		updateAdd();
		return row;
	}

	private void updateAdd() {
		add.setEnabled(list.size() < CustomerService.MAX_NUMBERS);
	}

	private void relayout() {
		updateAdd();
		Shell shell = root.getShell();
		Point want = shell.computeSize(SWT.DEFAULT, SWT.DEFAULT);
		Point size = shell.getSize();
		shell.setSize(Math.max(size.x, want.x), Math.max(size.y, want.y));
		shell.layout(true, true);
	}
}
