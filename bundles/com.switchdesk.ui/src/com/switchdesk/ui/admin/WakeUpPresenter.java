package com.switchdesk.ui.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import org.eclipse.e4.ui.di.UISynchronize;

import com.switchdesk.callcontrol.ExtensionBoard;
import com.switchdesk.callcontrol.PbxConnection;
import com.switchdesk.pbx.PbxRefusedException;
import com.switchdesk.pbx.RefusalReason;
import com.switchdesk.pbx.command.DeleteWakeUpOrder;
import com.switchdesk.pbx.command.PbxCommand;
import com.switchdesk.pbx.command.ReadPendingWakeUps;
import com.switchdesk.pbx.command.ReadWakeUpLog;
import com.switchdesk.pbx.command.ReadWakeUpOrders;
import com.switchdesk.pbx.command.WriteWakeUpOrder;
import com.switchdesk.pbx.event.SnapshotEvent;
import com.switchdesk.pbx.event.WakeUpAttempted;
import com.switchdesk.pbx.event.WakeUpOrdersChanged;
import com.switchdesk.pbx.model.Extension;
import com.switchdesk.pbx.model.PendingWakeUp;
import com.switchdesk.pbx.model.WakeUpOrder;
import com.switchdesk.pbx.model.WakeUpRecord;

/**
 * The state behind the wake-up part (F35–F37): the PBX's orders, its wake-up log and what it will
 * ring next, read again whenever the PBX reports a wake-up attempt or changed orders (bursts
 * coalesced into one read). Called on the display thread; answers come back through
 * {@link UISynchronize}.
 */
final class WakeUpPresenter {

	/** What the part shows; called on the display thread. */
	interface View {
		void show(List<WakeUpOrder> orders, List<WakeUpRecord> log, List<PendingWakeUp> pending);

		void failed(String message);
	}

	private final UISynchronize ui;
	private final Optional<PbxConnection> connection;
	private final Optional<ExtensionBoard> board;
	private final View view;
	private final Coalescer refresher;
	private ConnectorEvents events;
	private boolean reading;
	private boolean again;
	private List<WakeUpOrder> orders = List.of();

	WakeUpPresenter(UISynchronize ui, Optional<PbxConnection> connection, Optional<ExtensionBoard> board, View view) {
		this.ui = ui;
		this.connection = connection;
		this.board = board;
		this.view = view;
		this.refresher = new Coalescer(ui, this::refresh);
	}

	void start() {
		connection.ifPresent(c -> events = new ConnectorEvents(c, event -> {
			if (event instanceof WakeUpAttempted || event instanceof WakeUpOrdersChanged
					|| event instanceof SnapshotEvent) {
				refresher.request();
			}
		}));
		refresh();
	}

	void stop() {
		if (events != null) {
			events.close();
		}
	}

	/** Reads orders, log and pending list; a request while a read is out runs once after it. */
	void refresh() {
		if (reading) {
			again = true;
			return;
		}
		reading = true;
		CompletableFuture<List<WakeUpOrder>> o = run(new ReadWakeUpOrders());
		CompletableFuture<List<WakeUpRecord>> l = run(new ReadWakeUpLog());
		CompletableFuture<List<PendingWakeUp>> p = run(new ReadPendingWakeUps());
		CompletableFuture.allOf(o, l, p).whenComplete((v, e) -> ui.asyncExec(() -> {
			reading = false;
			if (e != null) {
				view.failed(AdminTexts.refusal(e));
			} else {
				orders = o.join();
				view.show(orders, l.join(), p.join());
			}
			if (again) {
				again = false;
				refresh();
			}
		}));
	}

	private <R> CompletableFuture<R> run(PbxCommand<R> command) {
		return connection.map(c -> c.connector().execute(command).toCompletableFuture())
				.orElseGet(() -> CompletableFuture.failedFuture(
						new PbxRefusedException(RefusalReason.OFFLINE, Messages.NotConnected_message)));
	}

	/** The orders as last read. */
	List<WakeUpOrder> orders() {
		return orders;
	}

	Optional<WakeUpOrder> order(String extension) {
		return orders.stream().filter(o -> o.extension().equals(extension)).findFirst();
	}

	String name(String extension) {
		return board.flatMap(b -> b.extension(extension)).map(Extension::userName).orElse("");
	}

	/** Whether the PBX has this extension (true when the board is not available to ask). */
	boolean exists(String extension) {
		return board.map(b -> b.extension(extension).isPresent()).orElse(true);
	}

	/** Every extension number, in number order (for room ranges). */
	List<String> extensions() {
		return board.map(b -> b.extensions().stream().map(Extension::number).toList()).orElse(List.of());
	}

	CompletionStage<Void> save(WakeUpOrder order) {
		return run(new WriteWakeUpOrder(order));
	}

	/** Saves each order; the stage gives one line per refusal ("8101: reason"), empty when all were saved. */
	CompletionStage<List<String>> saveAll(List<WakeUpOrder> all) {
		return each(all.stream().map(o -> save(o).thenApply(v -> "")
				.exceptionally(e -> o.extension() + ": " + AdminTexts.refusal(e)).toCompletableFuture()).toList());
	}

	/** Deletes the orders of these extensions; the stage gives one line per refusal. */
	CompletionStage<List<String>> deleteAll(List<String> extensions) {
		return each(extensions.stream().map(x -> run(new DeleteWakeUpOrder(x)).thenApply(v -> "")
				.exceptionally(e -> x + ": " + AdminTexts.refusal(e))).toList());
	}

	private static CompletionStage<List<String>> each(List<CompletableFuture<String>> sent) {
		return CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).thenApply(v -> {
			List<String> errors = new ArrayList<>();
			sent.stream().map(CompletableFuture::join).filter(s -> !s.isEmpty()).forEach(errors::add);
			return errors;
		});
	}
}
