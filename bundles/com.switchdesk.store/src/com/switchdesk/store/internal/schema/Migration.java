package com.switchdesk.store.internal.schema;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * One step of the schema, from {@code version() - 1} to {@code version()}. Runs inside a transaction that
 * also records the new version, so a step is applied completely or not at all.
 */
public interface Migration {

	int version();

	String description();

	/** Changes the schema and converts the data; must not commit. */
	void apply(Connection connection) throws SQLException;
}
