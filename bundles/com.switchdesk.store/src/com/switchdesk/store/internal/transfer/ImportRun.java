package com.switchdesk.store.internal.transfer;

import java.sql.SQLException;

import com.switchdesk.store.transfer.ImportResult;
import com.switchdesk.store.transfer.TaskMonitor;
import com.switchdesk.store.transfer.TaskMonitor.Phase;
import com.switchdesk.store.transfer.TaskMonitor.Progress;

/** Progress and cancellation around a {@link CustomerImporter}: what CSV and vCard imports share. */
final class ImportRun {

	private static final int REPORT_EVERY = 500;

	private final CustomerImporter importer;
	private final TaskMonitor monitor;
	private final long total;
	private boolean cancelled;

	ImportRun(CustomerImporter importer, TaskMonitor monitor, long total) {
		this.importer = importer;
		this.monitor = monitor;
		this.total = total;
	}

	CustomerImporter importer() {
		return importer;
	}

	/**
	 * Hands a row to the importer and reports progress now and then.
	 *
	 * @param done work done so far, in the unit of the total
	 * @return false to stop reading: enough problems, or cancelled (then {@link #cancelled()} is true)
	 */
	boolean accept(ImportRow row, long done) throws SQLException {
		boolean goOn = importer.accept(row);
		if (importer.rows() % REPORT_EVERY == 0) {
			monitor.progress(new Progress(importer.isWriting() ? Phase.IMPORTING : Phase.CHECKING, done, total,
					importer.rows()));
			if (monitor.isCancelled()) {
				cancelled = true;
				return false;
			}
		}
		return goOn;
	}

	boolean cancelled() {
		return cancelled;
	}

	/** @return the result: cancelled, rejected or imported (committed) */
	ImportResult finish() throws SQLException {
		if (cancelled || monitor.isCancelled()) {
			importer.cancel();
			return new ImportResult.Cancelled(importer.rows());
		}
		monitor.progress(new Progress(Phase.COMMITTING, total, total, importer.rows()));
		return importer.finish();
	}
}
