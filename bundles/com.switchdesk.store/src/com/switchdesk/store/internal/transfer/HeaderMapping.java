package com.switchdesk.store.internal.transfer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.switchdesk.store.ProblemCode;
import com.switchdesk.store.internal.Messages;
import com.switchdesk.store.transfer.CustomerField;
import com.switchdesk.store.transfer.ImportProblem;

/**
 * Which column fills which field: the user's mapping first, then {@link CustomerField}'s header names,
 * compared without case, spaces, '_' and '-'. Checks that the name and a number column are there and that no
 * field (other than numbers) has two columns.
 */
final class HeaderMapping {

	private final List<String> headers;
	private final List<CustomerField> fields;
	private final List<ImportProblem> problems;

	private HeaderMapping(List<String> headers, List<CustomerField> fields, List<ImportProblem> problems) {
		this.headers = headers;
		this.fields = fields;
		this.problems = problems;
	}

	/** @param line the header's line */
	static HeaderMapping of(List<String> rawHeaders, Map<String, CustomerField> overrides, long line) {
		List<String> headers = new ArrayList<>();
		List<CustomerField> fields = new ArrayList<>();
		List<ImportProblem> problems = new ArrayList<>();
		Map<CustomerField, String> seen = new EnumMap<>(CustomerField.class);
		for (int i = 0; i < rawHeaders.size(); i++) {
			String header = rawHeaders.get(i).replace("\uFEFF", "").strip();
			headers.add(header);
			CustomerField field = overrides.containsKey(header) ? overrides.get(header) : recognise(header);
			if (field != null && !field.holdsNumbers() && seen.containsKey(field)) {
				problems.add(new ImportProblem(line, header, ProblemCode.BAD_HEADER,
						Messages.get("csv.headerTwice", line, seen.get(field), header)));
				field = null;
			}
			if (field != null) {
				seen.putIfAbsent(field, header);
			}
			fields.add(field);
		}
		if (!seen.containsKey(CustomerField.NAME)) {
			problems.add(new ImportProblem(line, "", ProblemCode.BAD_HEADER,
					Messages.get("csv.noNameColumn", line, String.join(", ", CustomerField.NAME.headers()))));
		}
		if (seen.keySet().stream().noneMatch(CustomerField::holdsNumbers)) {
			problems.add(new ImportProblem(line, "", ProblemCode.BAD_HEADER,
					Messages.get("csv.noNumberColumn", line, String.join(", ", CustomerField.PHONES.headers()))));
		}
		return new HeaderMapping(List.copyOf(headers), fields, List.copyOf(problems));
	}

	static CustomerField recognise(String header) {
		String key = simplify(header);
		for (CustomerField field : CustomerField.values()) {
			for (String name : field.headers()) {
				if (simplify(name).equals(key)) {
					return field;
				}
			}
		}
		return null;
	}

	private static String simplify(String header) {
		return header.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]", "");
	}

	List<String> headers() {
		return headers;
	}

	/** @return the field of each column, null for ignored columns */
	List<CustomerField> fields() {
		return fields;
	}

	List<ImportProblem> problems() {
		return problems;
	}
}
