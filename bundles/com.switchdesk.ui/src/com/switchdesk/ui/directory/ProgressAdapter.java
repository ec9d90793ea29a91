package com.switchdesk.ui.directory;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;

import com.switchdesk.store.transfer.TaskMonitor;

/**
 * The store's {@link TaskMonitor} shown in a JFace progress dialog: the phase and the rows as the sub-task, the
 * share of the file (or of the customers) as the bar, and the dialog's Cancel as the cancellation.
 */
final class ProgressAdapter implements TaskMonitor {

	private static final int TICKS = 1000;

	private final IProgressMonitor monitor;
	private int reported;
	private Phase phase;
	private long lastRows = -1;

	ProgressAdapter(IProgressMonitor monitor, String task) {
		this.monitor = monitor;
		monitor.beginTask(task, TICKS);
	}

	@Override
	public void progress(Progress progress) {
		if (progress.phase() != phase || progress.rows() != lastRows) {
			phase = progress.phase();
			lastRows = progress.rows();
			monitor.subTask(NLS.bind(Messages.Progress_rows, phaseText(phase), progress.rows()));
		}
		if (progress.total() > 0) {
			int ticks = (int) Math.min(TICKS, progress.done() * TICKS / progress.total());
			if (ticks > reported) {
				monitor.worked(ticks - reported);
				reported = ticks;
			}
		}
	}

	@Override
	public boolean isCancelled() {
		return monitor.isCanceled();
	}

	static String phaseText(Phase phase) {
		return switch (phase) {
		case SCANNING -> Messages.Progress_SCANNING;
		case IMPORTING -> Messages.Progress_IMPORTING;
		case CHECKING -> Messages.Progress_CHECKING;
		case COMMITTING -> Messages.Progress_COMMITTING;
		case EXPORTING -> Messages.Progress_EXPORTING;
		};
	}
}
