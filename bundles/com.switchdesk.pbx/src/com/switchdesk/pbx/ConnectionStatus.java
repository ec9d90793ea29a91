package com.switchdesk.pbx;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The link's state with what an administrator needs to act on it.
 *
 * @param state       the state
 * @param detail      why the link is not online (e.g. "port /dev/ttyUSB0: no such port"), or the
 *                    PBX's name and version when online; never null
 * @param nextAttempt when the connector tries again, while {@link ConnectionState#RECONNECTING}
 */
public record ConnectionStatus(ConnectionState state, String detail, Optional<Instant> nextAttempt) {

	public ConnectionStatus {
		Objects.requireNonNull(state);
		Objects.requireNonNull(detail);
		Objects.requireNonNull(nextAttempt);
	}

	public static ConnectionStatus online(String pbxDescription) {
		return new ConnectionStatus(ConnectionState.ONLINE, pbxDescription, Optional.empty());
	}

	public static ConnectionStatus connecting(String detail) {
		return new ConnectionStatus(ConnectionState.CONNECTING, detail, Optional.empty());
	}

	public static ConnectionStatus reconnecting(String reason, Instant nextAttempt) {
		return new ConnectionStatus(ConnectionState.RECONNECTING, reason, Optional.of(nextAttempt));
	}

	public static ConnectionStatus offline(String reason) {
		return new ConnectionStatus(ConnectionState.OFFLINE, reason, Optional.empty());
	}

	public boolean isOnline() {
		return state == ConnectionState.ONLINE;
	}
}
