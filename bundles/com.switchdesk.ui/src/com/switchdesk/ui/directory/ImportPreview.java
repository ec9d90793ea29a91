package com.switchdesk.ui.directory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import com.switchdesk.store.transfer.CsvPreview;
import com.switchdesk.store.transfer.CustomerField;
import com.switchdesk.store.transfer.ImportProblem;
import com.switchdesk.ui.WidgetIds;

/**
 * The import dialog's view of a CSV's start: the encoding used, each column's field (changeable), the first
 * rows and the problems found in them.
 */
final class ImportPreview {

	private static final int SHOWN_PROBLEMS = 6;

	private final Composite root;
	private final Label detected;
	private final Composite mappingBox;
	private final Table table;
	private final Label problems;
	private final Runnable mappingChanged;
	private final Map<String, CustomerField> chosen = new HashMap<>();
	private List<String> headers = List.of();
	private final List<Combo> combos = new ArrayList<>();

	ImportPreview(Composite parent, Runnable mappingChanged) {
		this.mappingChanged = mappingChanged;
		root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(root);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(root);
		detected = WidgetIds.tag(new Label(root, SWT.WRAP), "import.detected");
		GridDataFactory.fillDefaults().grab(true, false).hint(500, SWT.DEFAULT).applyTo(detected);
		mappingBox = new Composite(root, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(6).applyTo(mappingBox);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(mappingBox);
		table = WidgetIds.tag(new Table(root, SWT.BORDER | SWT.FULL_SELECTION), "import.preview");
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(500, 140).applyTo(table);
		problems = WidgetIds.tag(new Label(root, SWT.WRAP), "import.problems");
		problems.setForeground(root.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		GridDataFactory.fillDefaults().grab(true, false).hint(500, SWT.DEFAULT).applyTo(problems);
	}

	/** The columns whose field the user chose: header → field, null for "ignore". */
	Map<String, CustomerField> mapping() {
		return new HashMap<>(chosen);
	}

	/** Another file: its columns are new. */
	void forgetMapping() {
		chosen.clear();
	}

	/** Instead of a preview: a sentence (why there is none, or that it is coming). */
	void note(String text, boolean error) {
		detected.setText(text);
		detected.setForeground(error ? root.getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null);
		if (error || !text.equals(Messages.Import_reading)) {
			headers = List.of();
			rebuildMapping(List.of(), List.of());
			fill(List.of(), List.of());
			problems.setText("");
		}
		root.layout(true, true);
	}

	void show(CsvPreview preview) {
		detected.setForeground(null);
		detected.setText(preview.charset() == null ? Messages.Import_undecodable
				: NLS.bind(Messages.Import_detected, preview.charset().name(), preview.rows().size()));
		if (!preview.headers().equals(headers)) {
			headers = preview.headers();
			rebuildMapping(preview.headers(), preview.mapping());
		} else {
			for (int i = 0; i < combos.size(); i++) {
				combos.get(i).select(index(preview.mapping().get(i)));
			}
		}
		fill(preview.headers(), preview.rows());
		List<String> lines = new ArrayList<>();
		for (ImportProblem p : preview.problems()) {
			if (lines.size() == SHOWN_PROBLEMS) {
				lines.add(NLS.bind(Messages.Import_moreProblems, preview.problems().size() - SHOWN_PROBLEMS));
				break;
			}
			lines.add(p.message());
		}
		problems.setText(String.join("\n", lines));
		root.layout(true, true);
	}

	private void rebuildMapping(List<String> names, List<CustomerField> fields) {
		for (Control c : mappingBox.getChildren()) {
			c.dispose();
		}
		combos.clear();
		for (int i = 0; i < names.size(); i++) {
			String header = names.get(i);
			Label l = new Label(mappingBox, SWT.NONE);
			l.setText(header.isEmpty() ? NLS.bind(Messages.Import_column, i + 1) : header);
			Combo combo = WidgetIds.tag(new Combo(mappingBox, SWT.READ_ONLY | SWT.DROP_DOWN), "import.mapping." + i);
			combo.add(Messages.Field_ignore);
			for (CustomerField f : CustomerField.values()) {
				combo.add(fieldName(f));
			}
			combo.select(index(fields.get(i)));
			combo.addListener(SWT.Selection, e -> {
				int s = combo.getSelectionIndex();
				chosen.put(header, s <= 0 ? null : CustomerField.values()[s - 1]);
				mappingChanged.run();
			});
			combos.add(combo);
		}
		mappingBox.layout(true, true);
	}

	private static int index(CustomerField field) {
		return field == null ? 0 : field.ordinal() + 1;
	}

	private void fill(List<String> names, List<List<String>> rows) {
		table.setRedraw(false);
		table.removeAll();
		for (TableColumn c : table.getColumns()) {
			c.dispose();
		}
		for (String name : names) {
			TableColumn c = new TableColumn(table, SWT.LEFT);
			c.setText(name);
			c.setWidth(120);
		}
		for (List<String> row : rows) {
			TableItem item = new TableItem(table, SWT.NONE);
			for (int i = 0; i < row.size() && i < names.size(); i++) {
				item.setText(i, row.get(i));
			}
		}
		table.setRedraw(true);
	}

	static String fieldName(CustomerField field) {
		return switch (field) {
		case NAME -> Messages.Field_NAME;
		case PHONES -> Messages.Field_PHONES;
		case MOBILE -> Messages.Field_MOBILE;
		case WORK -> Messages.Field_WORK;
		case HOME -> Messages.Field_HOME;
		case FAX -> Messages.Field_FAX;
		case EMAIL -> Messages.Field_EMAIL;
		case COMPANY -> Messages.Field_COMPANY;
		case NOTES -> Messages.Field_NOTES;
		case RINGTONE -> Messages.Field_RINGTONE;
		};
	}
}
