package com.switchdesk.store.internal.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;

import javax.sql.DataSource;

/**
 * Keeps a few open connections for reuse: opening one costs far more than a caller look-up (a network
 * handshake with a shared server). Borrowers get a connection in auto-commit mode and give it back in any
 * state; a connection that lost its link is closed instead of kept, so the next borrower reconnects (e.g.
 * after the database server restarted).
 */
final class ConnectionPool implements AutoCloseable {

	private final DataSource source;
	private final int maxIdle;
	private final Deque<Connection> idle = new ArrayDeque<>();
	private boolean closed;

	ConnectionPool(DataSource source, int maxIdle) {
		this.source = source;
		this.maxIdle = maxIdle;
	}

	Connection take() throws SQLException {
		synchronized (this) {
			if (closed) {
				throw new SQLException("the store is closed", "08003");
			}
			Connection connection = idle.pollFirst();
			if (connection != null) {
				return connection;
			}
		}
		return source.getConnection();
	}

	/** @param reusable false after an error that may have broken the connection */
	void give(Connection connection, boolean reusable) {
		boolean keep = reusable && reset(connection);
		synchronized (this) {
			if (keep && !closed && idle.size() < maxIdle) {
				idle.addFirst(connection);
				return;
			}
		}
		closeQuietly(connection);
	}

	@Override
	public void close() {
		synchronized (this) {
			closed = true;
			idle.forEach(ConnectionPool::closeQuietly);
			idle.clear();
		}
	}

	private static boolean reset(Connection connection) {
		try {
			if (connection.isClosed()) {
				return false;
			}
			if (!connection.getAutoCommit()) {
				connection.rollback();
				connection.setAutoCommit(true);
			}
			return true;
		} catch (SQLException e) {
			return false;
		}
	}

	private static void closeQuietly(Connection connection) {
		try {
			if (!connection.isClosed() && !connection.getAutoCommit()) {
				connection.rollback();
			}
			connection.close();
		} catch (SQLException e) {
			// it is going away anyway
		}
	}
}
