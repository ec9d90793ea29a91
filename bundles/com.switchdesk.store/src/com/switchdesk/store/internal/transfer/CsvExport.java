package com.switchdesk.store.internal.transfer;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import com.switchdesk.model.Customer;
import com.switchdesk.store.Problem;
import com.switchdesk.store.ProblemCode;
import com.switchdesk.store.internal.Messages;
import com.switchdesk.store.internal.customer.CustomerTable;
import com.switchdesk.store.transfer.CustomerTransferService;
import com.switchdesk.store.transfer.ExportResult;
import com.switchdesk.store.transfer.TaskMonitor;
import com.switchdesk.store.transfer.TaskMonitor.Phase;
import com.switchdesk.store.transfer.TaskMonitor.Progress;

/**
 * Every customer as CSV (RFC 4180, CR LF): name, phones, email, company, notes, ringtone. Cells that a
 * spreadsheet would run as formulas get a leading apostrophe ({@link FormulaGuard}); UTF-8 gets a byte-order
 * mark. In GBK, a customer with a character GBK lacks refuses the export, naming the customer.
 */
final class CsvExport {

	private static final String[] ENGLISH = { "name", "phones", "email", "company", "notes", "ringtone" };
	private static final String[] CHINESE = { "姓名", "电话", "邮箱", "公司", "备注", "铃声" };
	private static final int REPORT_EVERY = 500;

	private CsvExport() {
	}

	static ExportResult run(Connection connection, Path file, Charset charset, boolean chinese, TaskMonitor monitor)
			throws IOException, SQLException {
		long total = CustomerTable.count(connection);
		CharsetEncoder encoder = charset.newEncoder();
		List<Problem> problems = new ArrayList<>();
		long written = 0;
		try (SafeFile safe = new SafeFile(file);
				Writer out = Files.newBufferedWriter(safe.temporary(), charset);
				CustomerCursor cursor = new CustomerCursor(connection)) {
			if (charset.equals(StandardCharsets.UTF_8)) {
				out.write('\uFEFF');
			}
			writeRow(out, List.of(chinese ? CHINESE : ENGLISH));
			for (Customer customer = cursor.next(); customer != null; customer = cursor.next()) {
				List<String> cells = List.of(customer.getName(), PhoneCells.format(customer.getNumbers(), chinese),
						orEmpty(customer.getEmail()), orEmpty(customer.getCompany()), orEmpty(customer.getNotes()),
						orEmpty(customer.getRingtone()));
				if (!cells.stream().allMatch(encoder::canEncode)) {
					if (problems.size() < CustomerTransferService.MAX_REPORTED_PROBLEMS) {
						problems.add(new Problem("", ProblemCode.UNMAPPABLE,
								Messages.get("export.unmappable", customer.getName(), customer.getId(), charset.displayName())));
					}
					continue;
				}
				writeRow(out, cells);
				if (++written % REPORT_EVERY == 0) {
					monitor.progress(new Progress(Phase.EXPORTING, written, total, written));
					if (monitor.isCancelled()) {
						return new ExportResult.Cancelled();
					}
				}
			}
			if (!problems.isEmpty()) {
				return new ExportResult.Refused(problems);
			}
			out.close();
			safe.commit();
		}
		monitor.progress(new Progress(Phase.EXPORTING, written, total, written));
		return new ExportResult.Written(file, written);
	}

	private static void writeRow(Writer out, List<String> cells) throws IOException {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				out.write(',');
			}
			out.write(quote(FormulaGuard.escape(cells.get(i))));
		}
		out.write("\r\n");
	}

	private static String quote(String cell) {
		boolean needed = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
				|| cell.indexOf('\r') >= 0 || !cell.equals(cell.strip());
		return needed ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
	}

	private static String orEmpty(String value) {
		return value == null ? "" : value;
	}
}
