package com.switchdesk.store.internal.transfer;

import java.util.ArrayList;
import java.util.List;

import com.switchdesk.model.Customer;
import com.switchdesk.model.SwitchdeskFactory;
import com.switchdesk.store.ProblemCode;
import com.switchdesk.store.internal.Messages;
import com.switchdesk.store.transfer.CustomerField;
import com.switchdesk.store.transfer.ImportProblem;

/** A CSV record → a customer, with the problems of its cells (the customer rules come later). */
final class CsvRowMapper {

	private final HeaderMapping mapping;

	CsvRowMapper(HeaderMapping mapping) {
		this.mapping = mapping;
	}

	ImportRow map(CsvReader.Row row) {
		List<ImportProblem> problems = new ArrayList<>();
		List<String> fields = row.fields();
		long line = row.line();
		if (fields.size() != mapping.headers().size()) {
			problems.add(new ImportProblem(line, "", ProblemCode.WRONG_COLUMN_COUNT,
					Messages.get("csv.columnCount", line, fields.size(), mapping.headers().size())));
			return new ImportRow(line, null, problems, field -> "");
		}
		Customer customer = SwitchdeskFactory.eINSTANCE.createCustomer();
		List<String> numberColumns = new ArrayList<>();
		for (int i = 0; i < fields.size(); i++) {
			CustomerField field = mapping.fields().get(i);
			if (field == null) {
				continue;
			}
			String header = mapping.headers().get(i);
			String value = fields.get(i).strip();
			if (field.holdsNumbers() && !(FormulaGuard.isFormula(value) && value.charAt(0) != '+')) {
				PhoneCells.Parsed parsed = PhoneCells.parse(FormulaGuard.unescape(value), field.numberLabel());
				parsed.numbers().forEach(n -> numberColumns.add(header));
				customer.getNumbers().addAll(parsed.numbers());
				parsed.unknownLabels().forEach(label -> problems.add(new ImportProblem(line, header,
						ProblemCode.INVALID_NUMBER, Messages.get("import.unknownLabel", line, header, label))));
				continue;
			}
			if (FormulaGuard.isFormula(value)) {
				problems.add(new ImportProblem(line, header, ProblemCode.FORMULA,
						Messages.get("import.formula", line, header, value.charAt(0))));
				continue;
			}
			set(customer, field, FormulaGuard.unescape(value));
		}
		return new ImportRow(line, customer, problems, field -> column(field, numberColumns));
	}

	private String column(String modelField, List<String> numberColumns) {
		if (modelField.startsWith("numbers[")) {
			int index = Integer.parseInt(modelField.substring(8, modelField.length() - 1));
			return index < numberColumns.size() ? numberColumns.get(index) : "";
		}
		if (modelField.equals("numbers")) {
			return numberColumns.isEmpty() ? "" : numberColumns.get(0);
		}
		for (int i = 0; i < mapping.headers().size(); i++) {
			CustomerField field = mapping.fields().get(i);
			if (field != null && field.name().equalsIgnoreCase(modelField)) {
				return mapping.headers().get(i);
			}
		}
		return "";
	}

	private static void set(Customer customer, CustomerField field, String value) {
		String text = value.isEmpty() ? null : value;
		switch (field) {
		case NAME -> customer.setName(text);
		case EMAIL -> customer.setEmail(text);
		case COMPANY -> customer.setCompany(text);
		case NOTES -> customer.setNotes(text);
		case RINGTONE -> customer.setRingtone(text);
		default -> throw new IllegalArgumentException(field + " holds numbers");
		}
	}
}
