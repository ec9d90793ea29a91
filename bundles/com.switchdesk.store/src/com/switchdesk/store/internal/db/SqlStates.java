package com.switchdesk.store.internal.db;

import java.sql.SQLException;

/** The SQL states of Derby that the store reacts to. */
public final class SqlStates {

	/** a unique index or constraint refused a duplicate */
	public static final String DUPLICATE_KEY = "23505";
	/** CREATE TABLE of an existing table */
	public static final String TABLE_EXISTS = "X0Y32";
	/** a lock wait timed out */
	public static final String LOCK_TIMEOUT = "40XL1";
	/** a deadlock was broken by rolling back this transaction */
	public static final String DEADLOCK = "40001";
	/** another JVM has the embedded database open */
	public static final String ALREADY_BOOTED = "XSDB6";
	/** the database was shut down (the expected answer to ";shutdown=true") */
	public static final String DATABASE_SHUT_DOWN = "08006";
	/** a network client could not connect */
	public static final String CANNOT_CONNECT = "08001";
	/** user name or password refused */
	public static final String AUTHENTICATION_FAILED = "08004";

	private SqlStates() {
	}

	/** @return the state of the innermost cause that has one (Derby wraps the reason in "failed to start") */
	public static boolean hasState(SQLException e, String state) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof SQLException sql) {
				if (state.equals(sql.getSQLState())) {
					return true;
				}
				for (SQLException next = sql.getNextException(); next != null; next = next.getNextException()) {
					if (state.equals(next.getSQLState())) {
						return true;
					}
				}
			}
		}
		return false;
	}

	/** @return true when the connection itself is unusable (class 08) and must not go back to the pool */
	public static boolean isConnectionLost(SQLException e) {
		String state = e.getSQLState();
		return state != null && state.startsWith("08");
	}
}
