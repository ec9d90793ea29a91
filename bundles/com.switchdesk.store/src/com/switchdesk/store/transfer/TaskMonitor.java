package com.switchdesk.store.transfer;

/**
 * Progress and cancellation of a long operation, without Eclipse's {@code IProgressMonitor} (this bundle is
 * headless; the UI adapts its job's monitor to this).
 * <p>
 * Called on the thread that runs the operation, every few hundred rows; implementations must return quickly.
 */
public interface TaskMonitor {

	/** A monitor that shows nothing and never cancels. */
	TaskMonitor NONE = new TaskMonitor() {
		@Override
		public void progress(Progress progress) {
			// nobody is watching
		}

		@Override
		public boolean isCancelled() {
			return false;
		}
	};

	/** The step an operation is in. */
	enum Phase {
		/** checking the file's encoding */
		SCANNING,
		/** reading, checking and writing rows */
		IMPORTING,
		/** the file had problems: reading on to report them all; nothing is written any more */
		CHECKING,
		/** making the import permanent */
		COMMITTING,
		/** writing the export file */
		EXPORTING
	}

	/**
	 * @param phase the step
	 * @param done  work done, in the unit of {@code total}
	 * @param total all the work: bytes of the file for imports, customers for exports; -1 when unknown
	 * @param rows  records handled so far
	 */
	record Progress(Phase phase, long done, long total, long rows) {
	}

	void progress(Progress progress);

	/** @return true to stop: the operation then undoes everything and reports that it was cancelled */
	boolean isCancelled();
}
