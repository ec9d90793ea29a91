package com.switchdesk.ui.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.osgi.util.NLS;

import com.switchdesk.callcontrol.ExtensionBoard;
import com.switchdesk.callcontrol.PbxConnection;
import com.switchdesk.pbx.PbxConnector;
import com.switchdesk.pbx.event.ServicesChanged;
import com.switchdesk.pbx.event.SnapshotEvent;
import com.switchdesk.pbx.model.Extension;
import com.switchdesk.pbx.model.ExtensionServices;
import com.switchdesk.ui.admin.BatchLine.Status;

/**
 * The state behind the extension-services part (F32–F34): the extensions and their services, the
 * filter and selection, the batch's preview and its application. Called on the display thread;
 * PBX answers and events come back to it through {@link UISynchronize}, coalesced.
 */
final class ServicesPresenter {

	/** What the part shows; called on the display thread. */
	interface View {
		void showExtensions(List<Extension> shown);

		void servicesArrived();

		void showBatch(List<BatchLine> lines, boolean results);

		void showProgress(int done, int total);

		void showMessage(String text, boolean error);

		void batchStateChanged();
	}

	private final UISynchronize ui;
	private final Optional<PbxConnection> connection;
	private final Optional<ExtensionBoard> board;
	private final View view;
	private final ServicesCache cache;
	private final Coalescer rowsChanged;
	private final Coalescer servicesChanged;
	private final Map<String, Extension> shownExtensions = new ConcurrentHashMap<>();
	private final ExtensionWatch boardListener;
	private ConnectorEvents events;

	private List<Extension> all = List.of();
	private NumberFilter filter = NumberFilter.parse("");
	private List<String> selected = List.of();
	private ServicesChange previewed;
	private int previewToken;
	private BatchApply running;
	private BatchResults results;

	ServicesPresenter(UISynchronize ui, Optional<PbxConnection> connection, Optional<ExtensionBoard> board, View view) {
		this.ui = ui;
		this.connection = connection;
		this.board = board;
		this.view = view;
		this.cache = new ServicesCache(this::connector, this::servicesRequested);
		this.rowsChanged = new Coalescer(ui, this::reloadExtensions);
		this.servicesChanged = new Coalescer(ui, view::servicesArrived);
		this.boardListener = new ExtensionWatch(board, shownExtensions, rowsChanged::request);
	}

	void start() {
		board.ifPresent(b -> b.addListener(boardListener));
		connection.ifPresent(c -> events = new ConnectorEvents(c, event -> {
			if (event instanceof ServicesChanged s) {
				cache.put(s.services());
			} else if (event instanceof SnapshotEvent) {
				cache.clear();
			}
		}));
		reloadExtensions();
	}

	void stop() {
		board.ifPresent(b -> b.removeListener(boardListener));
		if (events != null) {
			events.close();
		}
		if (running != null) {
			running.cancel();
		}
	}

	private Optional<PbxConnector> connector() {
		return connection.map(PbxConnection::connector);
	}

	private void servicesRequested() {
		servicesChanged.request();
	}

	// ---- extensions, filter, selection ----

	private void reloadExtensions() {
		all = board.map(ExtensionBoard::extensions).orElse(List.of());
		shownExtensions.clear();
		all.forEach(e -> shownExtensions.put(e.number(), e));
		view.showExtensions(all.stream().filter(e -> filter.matches(e.number(), e.userName())).toList());
	}

	void filter(String text) {
		filter = NumberFilter.parse(text);
		reloadExtensions();
	}

	void select(List<String> numbers) {
		if (!numbers.equals(selected)) {
			selected = List.copyOf(numbers);
			stalePreview();
		}
	}

	List<String> selected() {
		return selected;
	}

	Optional<Extension> extension(String number) {
		return Optional.ofNullable(shownExtensions.get(number));
	}

	/** Known services of an extension; starts reading them when unknown. */
	Optional<ExtensionServices> services(String number) {
		return cache.get(number);
	}

	// ---- batch: preview ----

	/** The editor changed: a preview made before no longer says what Apply would do. */
	void stalePreview() {
		previewToken++; // a preview still being read is out of date as well
		if (previewed != null) {
			previewed = null;
			view.showMessage(Messages.Batch_stale, false);
			view.batchStateChanged();
		}
	}

	boolean canApply() {
		return previewed != null && running == null && connection.isPresent();
	}

	boolean isRunning() {
		return running != null;
	}

	void preview(ServicesChange change) {
		Optional<PbxConnector> pbx = connector();
		if (selected.isEmpty() || change.isEmpty() || pbx.isEmpty() || running != null) {
			view.showMessage(selected.isEmpty() ? Messages.Batch_selectFirst
					: change.isEmpty() ? Messages.Batch_tickFirst : Messages.Batch_notConnected, true);
			return;
		}
		int token = ++previewToken;
		List<String> numbers = selected;
		view.showMessage(NLS.bind(Messages.Batch_reading, numbers.size()), false);
		List<CompletableFuture<BatchLine>> reads = new ArrayList<>();
		for (String n : numbers) {
			reads.add(cache.read(pbx.get(), n).thenApply(s -> planned(n, change, s))
					.exceptionally(e -> line(n, List.of(), Status.UNREADABLE, AdminTexts.refusal(e)))
					.toCompletableFuture());
		}
		CompletableFuture.allOf(reads.toArray(CompletableFuture[]::new)).whenComplete((v, e) -> ui.asyncExec(() -> {
			if (token != previewToken || !numbers.equals(selected)) {
				return; // the selection or the ticks moved on meanwhile
			}
			List<BatchLine> lines = reads.stream().map(CompletableFuture::join).toList();
			previewed = change;
			results = new BatchResults(lines);
			view.showBatch(lines, false);
			view.showMessage(results.previewSummary(), false);
			view.batchStateChanged();
		}));
	}

	private BatchLine planned(String number, ServicesChange change, ExtensionServices now) {
		List<ServicesChange.FieldChange> diff = change.differences(now);
		boolean office = extension(number).map(Extension::office).orElse(false);
		Status status = diff.isEmpty() ? Status.NO_CHANGE : office ? Status.WILL_BE_REFUSED : Status.WILL_CHANGE;
		return line(number, diff, status, "");
	}

	private BatchLine line(String number, List<ServicesChange.FieldChange> diff, Status status, String detail) {
		Optional<Extension> e = extension(number);
		return new BatchLine(number, e.map(Extension::userName).orElse(""), e.map(Extension::office).orElse(false),
				diff, status, detail);
	}

	// ---- batch: apply ----

	void apply() {
		Optional<PbxConnector> pbx = connector();
		if (!canApply() || pbx.isEmpty()) {
			return;
		}
		BatchResults batch = results;
		Coalescer progress = new Coalescer(ui, () -> {
			view.showBatch(batch.lines(), true);
			view.showProgress(batch.finishedCount(), batch.size());
		});
		running = new BatchApply(pbx.get(), cache, previewed, batch.lines(), new BatchApply.Progress() {
			@Override
			public void line(int index, BatchLine line) {
				batch.set(index, line);
				progress.request();
			}

			@Override
			public void finished(boolean cancelled) {
				ui.asyncExec(() -> {
					running = null;
					previewed = null;
					view.showBatch(batch.lines(), true);
					view.showProgress(0, 0);
					view.showMessage(batch.resultSummary(cancelled), batch.anyRefused());
					view.batchStateChanged();
				});
			}
		});
		view.showProgress(0, batch.size());
		view.showMessage(NLS.bind(Messages.Batch_applying, batch.size()), false);
		view.batchStateChanged();
		running.start();
	}

	void cancel() {
		if (running != null) {
			running.cancel();
			view.showMessage(Messages.Batch_cancelling, false);
		}
	}

	// ---- office extensions (F34) ----

	/** Marks or unmarks the selected extensions as office extensions; the list shows it when the PBX reports it. */
	void setOffice(boolean office) {
		if (selected.isEmpty() || connector().isEmpty()) {
			view.showMessage(selected.isEmpty() ? Messages.Office_selectFirst : Messages.Batch_notConnected, true);
			return;
		}
		OfficeMarks.set(connector().get(), selected, office).whenComplete((text, e) -> ui.asyncExec(() -> {
			view.showMessage(text.message(), text.error());
		}));
	}
}
