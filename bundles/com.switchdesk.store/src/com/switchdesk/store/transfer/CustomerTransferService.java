package com.switchdesk.store.transfer;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;

import com.switchdesk.store.OperatorSession;

/**
 * Customer import and export (F07). See the package documentation for the all-or-nothing contract, and
 * {@code docs/store.md} for the file formats. Every method needs an administrator's session.
 */
public interface CustomerTransferService {

	/** Problems listed at most per rejected file; the count of the rest is not kept. */
	int MAX_REPORTED_PROBLEMS = 100;
	/** Largest import file. */
	long MAX_FILE_BYTES = 512L * 1024 * 1024;

	/**
	 * Reads the header and the first rows of a CSV file, changing nothing.
	 *
	 * @param maxRows rows to return after the header (1 to 1,000)
	 * @throws IOException the file cannot be read
	 */
	CsvPreview previewCsv(OperatorSession session, Path file, CsvOptions options, int maxRows) throws IOException;

	/**
	 * Imports a CSV file: all customers or none.
	 *
	 * @throws IOException the file cannot be read (a bad <i>content</i> is a {@link ImportResult.Rejected})
	 */
	ImportResult importCsv(OperatorSession session, Path file, CsvOptions options, TaskMonitor monitor)
			throws IOException;

	/**
	 * Imports a vCard file (versions 2.1, 3.0 and 4.0; UTF-8, or GBK detected as for CSV): all customers or none.
	 * Each card needs a name (FN, else N) and a valid TEL.
	 */
	ImportResult importVCard(OperatorSession session, Path file, ImportMode mode, TaskMonitor monitor)
			throws IOException;

	/**
	 * Writes every customer as CSV: columns name, phones, email, company, notes, ringtone, with English or
	 * Chinese headers; UTF-8 files start with a byte-order mark so that spreadsheets detect the encoding.
	 *
	 * @param charset         UTF-8 or GBK
	 * @param chineseHeaders  true for 姓名, 电话, 邮箱, 公司, 备注, 铃声
	 */
	ExportResult exportCsv(OperatorSession session, Path file, Charset charset, boolean chineseHeaders,
			TaskMonitor monitor) throws IOException;

	/** Writes every customer as vCard 3.0 (UTF-8). */
	ExportResult exportVCard(OperatorSession session, Path file, TaskMonitor monitor) throws IOException;
}
