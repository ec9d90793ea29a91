package com.switchdesk.store.internal.db;

import java.sql.SQLException;

import com.switchdesk.store.StoreException;
import com.switchdesk.store.internal.Messages;

/** Derby's errors as sentences an operator or administrator can act on; the cause keeps the detail. */
final class StoreErrors {

	private StoreErrors() {
	}

	static StoreException translate(SQLException e, StoreConfig config) {
		String where = config.describe();
		String key;
		if (SqlStates.hasState(e, SqlStates.ALREADY_BOOTED)) {
			key = "store.inUse";
		} else if (SqlStates.hasState(e, SqlStates.CANNOT_CONNECT)) {
			key = "store.noServer";
		} else if (SqlStates.hasState(e, SqlStates.AUTHENTICATION_FAILED)) {
			key = "store.badCredentials";
		} else if (SqlStates.hasState(e, SqlStates.LOCK_TIMEOUT) || SqlStates.hasState(e, SqlStates.DEADLOCK)) {
			key = "store.busy";
		} else if (SqlStates.isConnectionLost(e)) {
			key = "store.connectionLost";
		} else {
			key = "store.failed";
		}
		return new StoreException(Messages.get(key, where, e.getMessage()), e);
	}
}
