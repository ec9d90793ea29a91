package com.switchdesk.pbx.serial.tests.bench;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;

import com.switchdesk.pbx.ConnectionStatus;
import com.switchdesk.pbx.PbxConnector;
import com.switchdesk.pbx.PbxListener;
import com.switchdesk.pbx.PbxRefusedException;
import com.switchdesk.pbx.RefusalReason;
import com.switchdesk.pbx.Scheduler;
import com.switchdesk.pbx.command.PbxCommand;
import com.switchdesk.pbx.command.ReadSnapshot;
import com.switchdesk.pbx.event.ConnectionEvent;
import com.switchdesk.pbx.event.ExtensionChanged;
import com.switchdesk.pbx.event.PbxEvent;
import com.switchdesk.pbx.event.SnapshotEvent;
import com.switchdesk.pbx.model.PbxSnapshot;

/**
 * The simulator's side of the end-to-end benchmark: a PBX that sends the recorded {@link EventMix}
 * again, numbered on, on its own thread, when told to; it notes the time each event is handed to the
 * listeners (the {@link com.switchdesk.pbx.serial.server.PbxEndpoint} among them) in the current
 * {@link Run}. Answers {@link ReadSnapshot} (the console's resynchronisation) with the recorded
 * extensions under the current sequence number; refuses other commands.
 */
final class ReplayPbx implements PbxConnector {

	private final EventMix mix;
	private final Scheduler thread;
	private final List<PbxListener> listeners = new CopyOnWriteArrayList<>();
	private volatile ConnectionStatus status = ConnectionStatus.offline("Not started");
	private volatile Run run;
	private long sequence;
	private int cursor;

	ReplayPbx(EventMix mix, Scheduler thread) {
		this.mix = mix;
		this.thread = thread;
		this.sequence = mix.snapshot().sequence();
	}

	/** Records the next events in {@code next}; call when no event is on its way. */
	void measure(Run next) {
		thread.execute(() -> {
			next.begin(sequence);
			run = next;
		});
	}

	/** Sends the next {@code n} events of the mix, on the PBX thread. */
	void emit(int n) {
		thread.execute(() -> {
			Run r = run;
			for (int i = 0; i < n; i++) {
				PbxEvent e = EventMix.renumber(mix.events().get(cursor), ++sequence);
				cursor = (cursor + 1) % mix.events().size();
				if (r != null) {
					r.sent(e.sequence(), e instanceof ExtensionChanged x ? x.extension().number() : null);
				}
				for (PbxListener l : listeners) {
					l.onEvent(e);
				}
			}
		});
	}

	private PbxSnapshot snapshot() {
		PbxSnapshot s = mix.snapshot();
		return new PbxSnapshot(sequence, s.info(), s.nightService(), s.extensions(), s.calls(), s.operators(),
				s.groups());
	}

	@Override
	public void start() {
		thread.execute(() -> {
			status = ConnectionStatus.online(mix.snapshot().info().describe());
			listeners.forEach(l -> l.onEvent(new ConnectionEvent(sequence, status)));
			PbxSnapshot s = snapshot();
			listeners.forEach(l -> l.onEvent(new SnapshotEvent(sequence, s)));
		});
	}

	@Override
	public ConnectionStatus status() {
		return status;
	}

	@Override
	@SuppressWarnings("unchecked")
	public <R> CompletionStage<R> execute(PbxCommand<R> command) {
		CompletableFuture<R> result = new CompletableFuture<>();
		thread.execute(() -> {
			if (command instanceof ReadSnapshot) {
				result.complete((R) snapshot());
			} else {
				result.completeExceptionally(new PbxRefusedException(RefusalReason.INVALID_STATE, "Replay only"));
			}
		});
		return result;
	}

	@Override
	public void addListener(PbxListener listener) {
		thread.execute(() -> {
			listeners.add(listener);
			if (status.isOnline()) {
				listener.onEvent(new SnapshotEvent(sequence, snapshot()));
			}
		});
	}

	@Override
	public void removeListener(PbxListener listener) {
		listeners.remove(listener);
	}

	@Override
	public void close() {
		status = ConnectionStatus.offline("Closed");
	}
}
