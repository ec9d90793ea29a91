package com.switchdesk.store.internal.transfer;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;

import com.switchdesk.store.ProblemCode;
import com.switchdesk.store.internal.Messages;
import com.switchdesk.store.transfer.CsvOptions;
import com.switchdesk.store.transfer.CustomerTransferService;
import com.switchdesk.store.transfer.ImportProblem;
import com.switchdesk.store.transfer.ImportResult;
import com.switchdesk.store.transfer.TaskMonitor;
import com.switchdesk.store.transfer.TaskMonitor.Phase;
import com.switchdesk.store.transfer.TaskMonitor.Progress;

/** A CSV file through encoding check, header mapping, row mapping and the importer. */
final class CsvImport {

	/** far above every column we store (notes: 2,000), far below what would hurt memory */
	static final int MAX_FIELD_CHARS = 10_000;
	static final int MAX_FIELDS = 200;

	private CsvImport() {
	}

	/** @param importer creates the importer once the file passed the checks that need no database */
	static ImportResult run(Path file, CsvOptions options, TaskMonitor monitor,
			Function<Long, ImportRun> importer) throws IOException, SQLException {
		long size = Files.size(file);
		ImportProblem fileProblem = checkSize(size);
		monitor.progress(new Progress(Phase.SCANNING, 0, size, 0));
		CharsetSniffer.Result encoding = fileProblem == null ? CharsetSniffer.detect(file, options.charset()) : null;
		if (fileProblem == null && encoding.problem() != null) {
			fileProblem = encoding.problem();
		}
		ImportRun run = importer.apply(size);
		try {
			if (fileProblem != null) {
				run.importer().fail(List.of(fileProblem));
				return run.finish();
			}
			try (CountingInputStream bytes = new CountingInputStream(new BufferedInputStream(Files.newInputStream(file)));
					Reader reader = skipBom(new InputStreamReader(bytes, encoding.charset()))) {
				CsvReader csv = new CsvReader(reader, options.delimiter(), MAX_FIELD_CHARS, MAX_FIELDS);
				try {
					readRows(csv, options, run, bytes);
				} catch (CsvFormatException e) {
					run.importer().fail(List.of(new ImportProblem(e.line(), "", e.code(), e.getMessage())));
				}
			}
			return run.finish();
		} finally {
			run.importer().release();
		}
	}

	private static void readRows(CsvReader csv, CsvOptions options, ImportRun run, CountingInputStream bytes)
			throws IOException, CsvFormatException, SQLException {
		CsvReader.Row header = csv.next();
		while (header != null && header.isBlank()) {
			header = csv.next();
		}
		if (header == null) {
			run.importer().fail(List.of(new ImportProblem(0, "", ProblemCode.EMPTY_FILE, Messages.get("import.empty"))));
			return;
		}
		HeaderMapping mapping = HeaderMapping.of(header.fields(), options.mapping(), header.line());
		if (!mapping.problems().isEmpty()) {
			run.importer().fail(mapping.problems());
			return;
		}
		CsvRowMapper mapper = new CsvRowMapper(mapping);
		boolean any = false;
		for (CsvReader.Row row = csv.next(); row != null; row = csv.next()) {
			if (row.isBlank()) {
				continue;
			}
			any = true;
			if (!run.accept(mapper.map(row), bytes.count())) {
				return;
			}
		}
		if (!any) {
			run.importer().fail(List.of(new ImportProblem(header.line(), "", ProblemCode.EMPTY_FILE,
					Messages.get("import.headerOnly", header.line()))));
		}
	}

	static ImportProblem checkSize(long size) {
		if (size == 0) {
			return new ImportProblem(0, "", ProblemCode.EMPTY_FILE, Messages.get("import.empty"));
		}
		if (size > CustomerTransferService.MAX_FILE_BYTES) {
			return new ImportProblem(0, "", ProblemCode.FILE_TOO_LARGE,
					Messages.get("import.tooLarge", size / (1024 * 1024), CustomerTransferService.MAX_FILE_BYTES / (1024 * 1024)));
		}
		return null;
	}

	/** A UTF-8 byte-order mark decodes to U+FEFF: not part of the first header. */
	static Reader skipBom(Reader reader) throws IOException {
		PushbackReader pushback = new PushbackReader(reader, 1);
		int first = pushback.read();
		if (first >= 0 && first != '\uFEFF') {
			pushback.unread(first);
		}
		return pushback;
	}
}
