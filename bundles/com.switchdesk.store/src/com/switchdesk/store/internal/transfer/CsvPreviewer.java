package com.switchdesk.store.internal.transfer;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.switchdesk.store.ProblemCode;
import com.switchdesk.store.internal.Messages;
import com.switchdesk.store.transfer.CsvOptions;
import com.switchdesk.store.transfer.CsvPreview;
import com.switchdesk.store.transfer.CustomerField;
import com.switchdesk.store.transfer.ImportProblem;

/** The first rows of a CSV as the import would read them, for the mapping dialog. */
final class CsvPreviewer {

	private CsvPreviewer() {
	}

	static CsvPreview preview(Path file, CsvOptions options, int maxRows) throws IOException {
		ImportProblem sizeProblem = CsvImport.checkSize(Files.size(file));
		if (sizeProblem != null) {
			return new CsvPreview(null, List.of(), List.of(), List.of(), List.of(sizeProblem));
		}
		CharsetSniffer.Result encoding = CharsetSniffer.detect(file, options.charset());
		if (encoding.problem() != null) {
			return new CsvPreview(null, List.of(), List.of(), List.of(), List.of(encoding.problem()));
		}
		List<ImportProblem> problems = new ArrayList<>();
		List<List<String>> rows = new ArrayList<>();
		HeaderMapping mapping = null;
		try (Reader reader = CsvImport.skipBom(
				new InputStreamReader(new BufferedInputStream(Files.newInputStream(file)), encoding.charset()))) {
			CsvReader csv = new CsvReader(reader, options.delimiter(), CsvImport.MAX_FIELD_CHARS, CsvImport.MAX_FIELDS);
			CsvReader.Row row = csv.next();
			while (row != null && row.isBlank()) {
				row = csv.next();
			}
			if (row == null) {
				problems.add(new ImportProblem(0, "", ProblemCode.EMPTY_FILE, Messages.get("import.empty")));
			} else {
				mapping = HeaderMapping.of(row.fields(), options.mapping(), row.line());
				problems.addAll(mapping.problems());
				for (row = csv.next(); row != null && rows.size() < maxRows; row = csv.next()) {
					if (row.isBlank()) {
						continue;
					}
					if (row.fields().size() != mapping.headers().size()) {
						problems.add(new ImportProblem(row.line(), "", ProblemCode.WRONG_COLUMN_COUNT, Messages
								.get("csv.columnCount", row.line(), row.fields().size(), mapping.headers().size())));
					}
					rows.add(row.fields());
				}
			}
		} catch (CsvFormatException e) {
			problems.add(new ImportProblem(e.line(), "", e.code(), e.getMessage()));
		}
		List<String> headers = mapping == null ? List.of() : mapping.headers();
		List<CustomerField> fields = mapping == null ? Collections.emptyList() : mapping.fields();
		return new CsvPreview(encoding.charset(), headers, fields, rows, problems);
	}
}
