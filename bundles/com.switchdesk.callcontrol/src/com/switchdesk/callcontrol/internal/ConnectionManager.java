package com.switchdesk.callcontrol.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.switchdesk.callcontrol.PbxConnection;
import com.switchdesk.pbx.ConnectionStatus;
import com.switchdesk.pbx.ConnectorSettings;
import com.switchdesk.pbx.PbxConnector;
import com.switchdesk.pbx.PbxConnectorFactory;
import com.switchdesk.pbx.PbxListener;
import com.switchdesk.pbx.event.ConnectionEvent;
import com.switchdesk.pbx.event.PbxEvent;

/**
 * Owns the active connector: creates it from the settings with the matching factory (which may
 * register later than we start), replaces it when settings change, and passes its events to the
 * call-control thread so that board and session see one ordered stream whatever connector is active.
 */
final class ConnectionManager implements PbxConnection {

	private static final Logger LOG = Logger.getLogger(ConnectionManager.class.getName());

	private final Map<String, PbxConnectorFactory> factories = new ConcurrentHashMap<>();
	private final List<StatusListener> statusListeners = new CopyOnWriteArrayList<>();
	private final PbxListener sink;
	private final Executor controlThread;
	/** Set when call control stops; connectors that come or go afterwards are not used. */
	private boolean closed;
	private final SettingsStore store;
	private volatile ConnectorSettings settings;
	private volatile PbxConnector active;
	private PbxListener forwarder;

	/**
	 * @param sink          receives every event of the active connector, on the call-control thread
	 * @param controlThread the call-control thread
	 * @param store         where settings are kept between runs
	 */
	ConnectionManager(PbxListener sink, Executor controlThread, SettingsStore store) {
		this.sink = sink;
		this.controlThread = controlThread;
		this.store = store;
		this.settings = store.load();
		this.active = new DisconnectedConnector("Connector '" + settings.type() + "' is not available yet");
	}

	synchronized void addFactory(PbxConnectorFactory factory) {
		factories.put(factory.type(), factory);
		if (!closed && factory.type().equals(settings.type()) && active instanceof DisconnectedConnector) {
			connect(settings);
		}
	}

	synchronized void removeFactory(PbxConnectorFactory factory) {
		// at shutdown the connector bundles stop after call control: nothing to reconnect then
		if (factories.remove(factory.type(), factory) && !closed && factory.type().equals(settings.type())) {
			replace(new DisconnectedConnector("Connector '" + factory.type() + "' was removed"));
		}
	}

	@Override
	public PbxConnector connector() {
		return active;
	}

	@Override
	public ConnectionStatus status() {
		return active.status();
	}

	@Override
	public ConnectorSettings settings() {
		return settings;
	}

	@Override
	public List<ConnectorType> availableTypes() {
		List<ConnectorType> types = new ArrayList<>();
		factories.values().forEach(f -> types.add(new ConnectorType(f.type(), f.displayName())));
		types.sort(Comparator.comparing(ConnectorType::type));
		return types;
	}

	@Override
	public synchronized void apply(ConnectorSettings newSettings) {
		PbxConnectorFactory factory = factories.get(newSettings.type());
		if (factory == null) {
			throw new IllegalArgumentException("pbx.connector: no connector of type '" + newSettings.type()
					+ "' is installed (available: " + factories.keySet() + ")");
		}
		PbxConnector created = factory.create(newSettings);
		settings = newSettings;
		store.save(newSettings);
		replace(created);
	}

	private void connect(ConnectorSettings s) {
		try {
			replace(factories.get(s.type()).create(s));
		} catch (IllegalArgumentException e) {
			replace(new DisconnectedConnector(e.getMessage()));
		}
	}

	private void replace(PbxConnector next) {
		PbxConnector previous = active;
		if (forwarder != null) {
			previous.removeListener(forwarder);
		}
		previous.close();
		PbxListener f = event -> controlThread.execute(() -> deliver(event));
		forwarder = f;
		active = next;
		next.addListener(f);
		next.start();
		controlThread.execute(() -> deliver(new ConnectionEvent(0, next.status())));
	}

	private void deliver(PbxEvent event) {
		try {
			sink.onEvent(event);
		} catch (RuntimeException e) {
			LOG.log(Level.WARNING, "Call control failed on " + event, e);
		}
		if (event instanceof ConnectionEvent c) {
			statusListeners.forEach(l -> l.statusChanged(c.status()));
		}
	}

	@Override
	public void addStatusListener(StatusListener listener) {
		statusListeners.add(listener);
	}

	@Override
	public void removeStatusListener(StatusListener listener) {
		statusListeners.remove(listener);
	}

	synchronized void close() {
		closed = true;
		// call control stops with the console: the connector's last events ("closed") have nowhere to go, and
		// queuing them on the stopped call-control thread would only log an error at every shutdown
		if (forwarder != null) {
			active.removeListener(forwarder);
		}
		active.close();
	}
}
