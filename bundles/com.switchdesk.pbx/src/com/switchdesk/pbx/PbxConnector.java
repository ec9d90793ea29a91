package com.switchdesk.pbx;

import java.util.concurrent.CompletionStage;

import com.switchdesk.pbx.command.PbxCommand;

/**
 * A live connection to one PBX. See the package documentation for the threading contract.
 * <p>
 * Life cycle: {@link #start()} once, then commands and events; {@link #close()} once. A closed
 * connector is {@link ConnectionState#OFFLINE} and refuses every command.
 */
public interface PbxConnector extends AutoCloseable {

	/**
	 * Starts connecting in the background and returns at once. The first event a listener receives
	 * afterwards is a {@link ConnectionState} change, then a full snapshot once the PBX is reached.
	 */
	void start();

	/** The current link status; cheap, any thread. */
	ConnectionStatus status();

	/**
	 * Sends a command. Returns at once; the stage completes on the event thread with the command's
	 * result, or exceptionally with a {@link PbxRefusedException} (including
	 * {@link RefusalReason#OFFLINE} at once while the link is down and {@link RefusalReason#TIMEOUT}).
	 *
	 * @param <R> the result type of the command ({@link Void} for most call-control commands)
	 */
	<R> CompletionStage<R> execute(PbxCommand<R> command);

	/**
	 * Adds a listener. If the connector is online, the listener's first event is a snapshot of the
	 * current state, so that it never misses anything.
	 */
	void addListener(PbxListener listener);

	void removeListener(PbxListener listener);

	/** Disconnects and stops every thread; idempotent. */
	@Override
	void close();
}
