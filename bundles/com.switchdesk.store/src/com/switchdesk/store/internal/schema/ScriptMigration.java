package com.switchdesk.store.internal.schema;

import java.sql.Connection;
import java.sql.SQLException;

/** A step that is only SQL: the file {@code V<version>__<name>.sql} next to this class. */
record ScriptMigration(int version, String description, String resource) implements Migration {

	@Override
	public void apply(Connection connection) throws SQLException {
		SqlScript.run(connection, resource);
	}
}
