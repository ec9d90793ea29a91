package com.switchdesk.callcontrol.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import com.switchdesk.pbx.ConnectionStatus;
import com.switchdesk.pbx.PbxConnector;
import com.switchdesk.pbx.PbxListener;
import com.switchdesk.pbx.PbxRefusedException;
import com.switchdesk.pbx.RefusalReason;
import com.switchdesk.pbx.command.PbxCommand;

/** Stands in while no connector can be created (e.g. its type is not installed): offline, with the reason. */
final class DisconnectedConnector implements PbxConnector {

	private final ConnectionStatus status;

	DisconnectedConnector(String reason) {
		this.status = ConnectionStatus.offline(reason);
	}

	@Override
	public void start() {
		// nothing to connect to
	}

	@Override
	public ConnectionStatus status() {
		return status;
	}

	@Override
	public <R> CompletionStage<R> execute(PbxCommand<R> command) {
		return CompletableFuture.failedFuture(new PbxRefusedException(RefusalReason.OFFLINE, status.detail()));
	}

	@Override
	public void addListener(PbxListener listener) {
		// no events ever
	}

	@Override
	public void removeListener(PbxListener listener) {
		// no events ever
	}

	@Override
	public void close() {
		// nothing held
	}
}
