package com.switchdesk.ui.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;

import org.eclipse.osgi.util.NLS;

import com.switchdesk.ui.admin.BatchLine.Status;

/** The lines of one batch, updated from the apply thread and read on the display thread. */
final class BatchResults {

	private final AtomicReferenceArray<BatchLine> lines;

	BatchResults(List<BatchLine> preview) {
		lines = new AtomicReferenceArray<>(preview.toArray(BatchLine[]::new));
	}

	int size() {
		return lines.length();
	}

	void set(int index, BatchLine line) {
		lines.set(index, line);
	}

	List<BatchLine> lines() {
		List<BatchLine> copy = new ArrayList<>(lines.length());
		for (int i = 0; i < lines.length(); i++) {
			copy.add(lines.get(i));
		}
		return copy;
	}

	private int count(Status status) {
		return (int) lines().stream().filter(l -> l.status() == status).count();
	}

	int finishedCount() {
		return (int) lines().stream().filter(l -> l.status().isResult()).count();
	}

	boolean anyRefused() {
		return count(Status.REFUSED) > 0;
	}

	/** "3 extensions: 1 will change, 1 already set, 1 will be refused (office extension)". */
	String previewSummary() {
		return NLS.bind(Messages.Batch_previewSummary, new Object[] { size(), count(Status.WILL_CHANGE),
				count(Status.NO_CHANGE), count(Status.WILL_BE_REFUSED) + count(Status.UNREADABLE) });
	}

	/** "2 done, 1 refused, 0 unchanged" (and how many were cancelled). */
	String resultSummary(boolean cancelled) {
		String summary = NLS.bind(Messages.Batch_resultSummary, new Object[] { count(Status.DONE),
				count(Status.REFUSED), count(Status.UNCHANGED) });
		return cancelled ? NLS.bind(Messages.Batch_cancelledSummary, summary, count(Status.CANCELLED)) : summary;
	}
}
