package com.switchdesk.store.internal.db;

import java.sql.Connection;
import java.sql.SQLException;

/** Database work on a borrowed connection. */
@FunctionalInterface
public interface SqlWork<T> {

	T run(Connection connection) throws SQLException;
}
