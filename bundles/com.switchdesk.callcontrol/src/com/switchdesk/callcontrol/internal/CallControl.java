package com.switchdesk.callcontrol.internal;

import java.time.Clock;
import java.util.concurrent.Executor;

import com.switchdesk.callcontrol.CallerDirectory;
import com.switchdesk.callcontrol.ExtensionBoard;
import com.switchdesk.callcontrol.OperatorConsole;
import com.switchdesk.callcontrol.PbxConnection;
import com.switchdesk.pbx.PbxConnectorFactory;

/**
 * The call-control parts wired together around one thread: the connection, the board and the
 * operator session. The DS component gives it real threads; tests give it direct executors.
 */
public final class CallControl {

	private final BoardState board = new BoardState();
	private final ConnectionManager connection;
	private final ConsoleSession session;

	/**
	 * @param controlThread the one thread that owns call state
	 * @param lookups       where caller lookups (database) run
	 */
	public CallControl(Executor controlThread, Executor lookups, Clock clock, SettingsStore settings) {
		ConsoleSession[] holder = new ConsoleSession[1];
		connection = new ConnectionManager(event -> holder[0].onEvent(event), controlThread, settings);
		session = new ConsoleSession(board, connection, controlThread, lookups, clock);
		holder[0] = session;
	}

	public PbxConnection connection() {
		return connection;
	}

	public ExtensionBoard board() {
		return board;
	}

	public OperatorConsole console() {
		return session;
	}

	public void addFactory(PbxConnectorFactory factory) {
		connection.addFactory(factory);
	}

	public void removeFactory(PbxConnectorFactory factory) {
		connection.removeFactory(factory);
	}

	public void setDirectory(CallerDirectory directory) {
		session.setDirectory(directory);
	}

	public void close() {
		connection.close();
	}
}
