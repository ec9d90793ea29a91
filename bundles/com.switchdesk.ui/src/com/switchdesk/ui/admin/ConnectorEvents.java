package com.switchdesk.ui.admin;

import com.switchdesk.callcontrol.PbxConnection;
import com.switchdesk.pbx.PbxConnector;
import com.switchdesk.pbx.PbxListener;

/**
 * Keeps a listener on the console's active PBX connector until closed, moving it when the
 * connection's settings replace the connector. The listener is called on the connector's event
 * thread and must hand its work over quickly (see {@link Coalescer}).
 */
final class ConnectorEvents implements AutoCloseable {

	private final PbxConnection connection;
	private final PbxListener listener;
	private final PbxConnection.StatusListener follower = status -> follow();
	private PbxConnector attached;
	private boolean closed;

	ConnectorEvents(PbxConnection connection, PbxListener listener) {
		this.connection = connection;
		this.listener = listener;
		connection.addStatusListener(follower);
		follow();
	}

	private synchronized void follow() {
		PbxConnector now = connection.connector();
		if (closed || now == attached) {
			return;
		}
		if (attached != null) {
			attached.removeListener(listener);
		}
		attached = now;
		now.addListener(listener);
	}

	@Override
	public synchronized void close() {
		closed = true;
		connection.removeStatusListener(follower);
		if (attached != null) {
			attached.removeListener(listener);
			attached = null;
		}
	}
}
