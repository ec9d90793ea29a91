package com.switchdesk.store.internal.transfer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.switchdesk.store.OperatorSession;
import com.switchdesk.store.internal.Messages;
import com.switchdesk.store.internal.Sessions.Need;
import com.switchdesk.store.internal.StoreCore;
import com.switchdesk.store.internal.customer.Pinyin;
import com.switchdesk.store.transfer.CsvOptions;
import com.switchdesk.store.transfer.CsvPreview;
import com.switchdesk.store.transfer.CustomerTransferService;
import com.switchdesk.store.transfer.ExportResult;
import com.switchdesk.store.transfer.ImportMode;
import com.switchdesk.store.transfer.ImportResult;
import com.switchdesk.store.transfer.TaskMonitor;

/** Customer import and export (F07); every import is one transaction. */
@Component(service = CustomerTransferService.class)
public final class CustomerTransferServiceImpl implements CustomerTransferService {

	private final StoreCore core;
	private final Pinyin pinyin = new Pinyin();

	@Activate
	public CustomerTransferServiceImpl(@Reference StoreCore core) {
		this.core = Objects.requireNonNull(core);
	}

	@Override
	public CsvPreview previewCsv(OperatorSession session, Path file, CsvOptions options, int maxRows)
			throws IOException {
		core.sessions().require(session, Need.ADMINISTRATOR, Messages.get("what.import"));
		return CsvPreviewer.preview(file, options, Math.max(1, Math.min(maxRows, 1000)));
	}

	@Override
	public ImportResult importCsv(OperatorSession session, Path file, CsvOptions options, TaskMonitor monitor)
			throws IOException {
		core.sessions().require(session, Need.ADMINISTRATOR, Messages.get("what.import"));
		return importWith(connection -> CsvImport.run(file, options, monitor, total -> run(connection, options.mode(),
				monitor, total)));
	}

	@Override
	public ImportResult importVCard(OperatorSession session, Path file, ImportMode mode, TaskMonitor monitor)
			throws IOException {
		core.sessions().require(session, Need.ADMINISTRATOR, Messages.get("what.import"));
		return importWith(connection -> VCardImport.run(file, monitor, total -> run(connection, mode, monitor, total)));
	}

	@Override
	public ExportResult exportCsv(OperatorSession session, Path file, Charset charset, boolean chineseHeaders,
			TaskMonitor monitor) throws IOException {
		core.sessions().require(session, Need.ADMINISTRATOR, Messages.get("what.export"));
		if (!charset.equals(StandardCharsets.UTF_8) && !charset.equals(CharsetSniffer.GBK)) {
			throw new IllegalArgumentException("exports are UTF-8 or GBK, not " + charset);
		}
		return consistent(connection -> CsvExport.run(connection, file, charset, chineseHeaders, monitor));
	}

	@Override
	public ExportResult exportVCard(OperatorSession session, Path file, TaskMonitor monitor) throws IOException {
		core.sessions().require(session, Need.ADMINISTRATOR, Messages.get("what.export"));
		return consistent(connection -> VCardExport.run(connection, file, monitor));
	}

	/** File work on a connection: an {@link IOException} passes through the database layer unchanged. */
	@FunctionalInterface
	interface FileWork<T> {
		T run(Connection connection) throws IOException, SQLException;
	}

	/** One transaction for the whole import; the importer commits or rolls back itself. */
	private ImportResult importWith(FileWork<ImportResult> work) throws IOException {
		try {
			return core.database().write(connection -> unchecked(work, connection));
		} catch (UncheckedIOException e) {
			throw e.getCause();
		}
	}

	/** Exports read with repeatable reads: the file is one consistent state even while others write. */
	private ExportResult consistent(FileWork<ExportResult> work) throws IOException {
		try {
			return core.database().write(connection -> {
				int isolation = connection.getTransactionIsolation();
				connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
				try {
					return unchecked(work, connection);
				} finally {
					connection.commit();
					connection.setTransactionIsolation(isolation);
				}
			});
		} catch (UncheckedIOException e) {
			throw e.getCause();
		}
	}

	private static <T> T unchecked(FileWork<T> work, Connection connection) throws SQLException {
		try {
			return work.run(connection);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (StoreSqlException e) {
			throw (SQLException) e.getCause();
		}
	}

	private ImportRun run(Connection connection, ImportMode mode, TaskMonitor monitor, long total) {
		try {
			return new ImportRun(new CustomerImporter(connection, core.customerIds(), pinyin, mode, core.clock()), monitor,
					total);
		} catch (SQLException e) {
			throw new StoreSqlException(e);
		}
	}

	/** Carries an SQLException out of a {@link java.util.function.Function}. */
	static final class StoreSqlException extends RuntimeException {
		private static final long serialVersionUID = 1L;

		StoreSqlException(SQLException cause) {
			super(cause);
		}
	}
}
