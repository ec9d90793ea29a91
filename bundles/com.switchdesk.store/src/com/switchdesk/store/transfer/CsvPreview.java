package com.switchdesk.store.transfer;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The start of a CSV file, for the import dialog's mapping table: what the import would make of it.
 *
 * @param charset  the encoding used (detected or given); null when the file could not be decoded
 * @param headers  the header row as read
 * @param mapping  for each header (same order), the field it fills, null when ignored
 * @param rows     the first rows after the header, as read (fields not yet checked)
 * @param problems problems found in this part of the file (encoding, quoting, column count, header); the full
 *                 check happens on import
 */
public record CsvPreview(Charset charset, List<String> headers, List<CustomerField> mapping, List<List<String>> rows,
		List<ImportProblem> problems) {

	public CsvPreview {
		headers = List.copyOf(headers);
		mapping = Collections.unmodifiableList(new ArrayList<>(mapping)); // nulls allowed: List.copyOf refuses them
		rows = rows.stream().map(List::copyOf).toList();
		problems = List.copyOf(problems);
	}

	/** @return header → field for the mapped headers */
	public Map<String, CustomerField> mappedHeaders() {
		Map<String, CustomerField> result = new LinkedHashMap<>();
		for (int i = 0; i < headers.size(); i++) {
			if (mapping.get(i) != null) {
				result.put(headers.get(i), mapping.get(i));
			}
		}
		return result;
	}
}
