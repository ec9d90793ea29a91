package com.switchdesk.store.internal.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Hands out customer ids from blocks of {@value #BLOCK} taken from the sequence {@code customer_id_block}, so
 * that an import knows its ids before inserting and can send rows in batches (Derby returns no generated keys
 * for batches). Taking a block is not undone by a rollback: ids of a rolled-back import are simply unused,
 * and consoles sharing a server never get the same id.
 */
public final class IdAllocator {

	/** must equal the sequence's INCREMENT BY */
	static final int BLOCK = 100;

	private long next;
	private long end;

	/** @param connection any connection of the database, possibly inside a transaction */
	public synchronized long next(Connection connection) throws SQLException {
		if (next == end) {
			try (Statement statement = connection.createStatement();
					ResultSet rows = statement.executeQuery("VALUES NEXT VALUE FOR customer_id_block")) {
				rows.next();
				next = rows.getLong(1);
				end = next + BLOCK;
			}
		}
		return next++;
	}
}
