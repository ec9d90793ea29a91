package com.switchdesk.ui.admin;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;

import com.switchdesk.pbx.PbxConnector;
import com.switchdesk.pbx.command.WriteExtensionServices;
import com.switchdesk.pbx.model.ExtensionServices;
import com.switchdesk.ui.admin.BatchLine.Status;

/**
 * Applies a services change to a list of extensions, one after the other, never on the display
 * thread: for each it reads what the PBX has now, applies the ticked fields to that, and sends one
 * {@code WriteExtensionServices} when something differs. A refusal (an office extension, a value
 * the PBX rejects) is that extension's result and the batch goes on. {@link #cancel()} stops it
 * before the next extension; the rest are reported as cancelled.
 */
final class BatchApply {

	/** Told about each line as it changes and once at the end; on a background thread. */
	interface Progress {
		void line(int index, BatchLine line);

		void finished(boolean cancelled);
	}

	private final PbxConnector pbx;
	private final ServicesCache cache;
	private final ServicesChange change;
	private final List<BatchLine> lines;
	private final Progress progress;
	private final AtomicBoolean cancelled = new AtomicBoolean();

	BatchApply(PbxConnector pbx, ServicesCache cache, ServicesChange change, List<BatchLine> lines, Progress progress) {
		this.pbx = pbx;
		this.cache = cache;
		this.change = change;
		this.lines = List.copyOf(lines);
		this.progress = progress;
	}

	void start() {
		CompletableFuture.runAsync(() -> next(0));
	}

	/** Stops before the next extension; the one being written finishes. Any thread. */
	void cancel() {
		cancelled.set(true);
	}

	private void next(int index) {
		if (index == lines.size()) {
			progress.finished(false);
			return;
		}
		if (cancelled.get()) {
			for (int i = index; i < lines.size(); i++) {
				progress.line(i, lines.get(i).with(Status.CANCELLED, ""));
			}
			progress.finished(true);
			return;
		}
		BatchLine line = lines.get(index);
		progress.line(index, line.with(Status.APPLYING, ""));
		applyTo(line).exceptionally(e -> line.with(Status.REFUSED, AdminTexts.refusal(e)))
				// async: a stage that completed at once (offline) must not recurse through the whole list
				.thenAcceptAsync(result -> {
					progress.line(index, result);
					next(index + 1);
				});
	}

	private CompletionStage<BatchLine> applyTo(BatchLine line) {
		return cache.read(pbx, line.extension()).thenCompose(current -> {
			List<ServicesChange.FieldChange> diff = change.differences(current);
			if (diff.isEmpty()) {
				return CompletableFuture.completedFuture(line.with(diff, Status.UNCHANGED, ""));
			}
			ExtensionServices updated = change.applyTo(current);
			return pbx.execute(new WriteExtensionServices(updated))
					.thenApply(done -> line.with(diff, Status.DONE, ""));
		});
	}
}
