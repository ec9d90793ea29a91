package com.switchdesk.pbx.sim.internal;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.switchdesk.pbx.ConnectionStatus;
import com.switchdesk.pbx.PbxConnector;
import com.switchdesk.pbx.PbxListener;
import com.switchdesk.pbx.PbxRefusedException;
import com.switchdesk.pbx.RefusalReason;
import com.switchdesk.pbx.command.PbxCommand;
import com.switchdesk.pbx.event.ConnectionEvent;
import com.switchdesk.pbx.event.PbxEvent;
import com.switchdesk.pbx.event.SnapshotEvent;
import com.switchdesk.pbx.model.PbxSnapshot;

/** An in-process connector to the simulator: commands and events pass on the PBX thread. */
public final class LocalConnector implements PbxConnector, EventBus.Subscriber {

	private static final Logger LOG = Logger.getLogger(LocalConnector.class.getName());

	/** What a connector needs from the simulator. */
	public interface Host {
		PbxThread thread();

		EventBus events();

		PbxSnapshot snapshot();

		Object execute(PbxCommand<?> command);

		String description();
	}

	private final Host host;
	private final List<PbxListener> listeners = new CopyOnWriteArrayList<>();
	private volatile ConnectionStatus status = ConnectionStatus.offline("Not started");
	private volatile boolean started;
	private volatile boolean closed;

	public LocalConnector(Host host) {
		this.host = host;
	}

	@Override
	public void start() {
		if (started || closed) {
			return;
		}
		started = true;
		status = ConnectionStatus.connecting("Starting the embedded simulator");
		host.thread().execute(() -> {
			if (!closed) {
				host.events().subscribe(this);
				goOnline();
			}
		});
	}

	/** Called on the PBX thread when the link is (again) up: status, then a full snapshot. */
	public void goOnline() {
		if (closed) {
			return;
		}
		status = ConnectionStatus.online(host.description());
		PbxSnapshot snapshot = host.snapshot();
		fanOut(new ConnectionEvent(snapshot.sequence(), status));
		fanOut(new SnapshotEvent(snapshot.sequence(), snapshot));
	}

	/** Called on the PBX thread when the simulated PBX goes down (restart). */
	public void goDown(ConnectionStatus down) {
		if (closed) {
			return;
		}
		status = down;
		fanOut(new ConnectionEvent(host.events().sequence(), down));
	}

	@Override
	public ConnectionStatus status() {
		return status;
	}

	@Override
	@SuppressWarnings("unchecked")
	public <R> CompletionStage<R> execute(PbxCommand<R> command) {
		if (!status.isOnline()) {
			return CompletableFuture.failedFuture(new PbxRefusedException(RefusalReason.OFFLINE,
					"The PBX is not connected (" + status.detail() + ")"));
		}
		CompletableFuture<R> result = new CompletableFuture<>();
		host.thread().execute(() -> {
			try {
				result.complete((R) host.execute(command));
			} catch (PbxRefusedException e) {
				result.completeExceptionally(e);
			} catch (RuntimeException e) {
				LOG.log(Level.WARNING, "Simulator failed on " + command, e);
				result.completeExceptionally(new PbxRefusedException(RefusalReason.INVALID_STATE,
						"The simulator could not carry out " + command.getClass().getSimpleName() + ": " + e));
			}
		});
		return result;
	}

	@Override
	public void addListener(PbxListener listener) {
		host.thread().execute(() -> {
			if (status.isOnline()) {
				PbxSnapshot snapshot = host.snapshot();
				deliver(listener, new SnapshotEvent(snapshot.sequence(), snapshot));
			}
			listeners.add(listener);
		});
	}

	@Override
	public void removeListener(PbxListener listener) {
		listeners.remove(listener);
	}

	@Override
	public void deliver(PbxEvent event) {
		fanOut(event);
	}

	private void fanOut(PbxEvent event) {
		for (PbxListener l : listeners) {
			deliver(l, event);
		}
	}

	private static void deliver(PbxListener listener, PbxEvent event) {
		try {
			listener.onEvent(event);
		} catch (RuntimeException e) {
			LOG.log(Level.WARNING, "A PBX listener failed on " + event, e);
		}
	}

	@Override
	public void close() {
		if (closed) {
			return;
		}
		closed = true;
		host.thread().execute(() -> {
			host.events().unsubscribe(this);
			status = ConnectionStatus.offline("Connection closed");
			fanOut(new ConnectionEvent(host.events().sequence(), status));
			listeners.clear();
		});
	}

}
