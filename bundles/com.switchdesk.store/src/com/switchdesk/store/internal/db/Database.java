package com.switchdesk.store.internal.db;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;

import javax.sql.DataSource;

import com.switchdesk.store.StoreException;
import com.switchdesk.store.internal.Messages;
import com.switchdesk.store.internal.schema.MigrationRunner;
import com.switchdesk.store.internal.schema.Migrations;

/**
 * The open database: pooled connections, one-transaction units of work, and the translation of Derby's
 * errors into messages an operator can act on. Opening migrates the schema to the latest version; closing an
 * embedded database shuts it down so that its folder is free again.
 */
public final class Database implements AutoCloseable {

	private static final int MAX_IDLE_CONNECTIONS = 8;

	private final StoreConfig config;
	private final ConnectionPool pool;
	private final NetworkServerHost server;
	private final int schemaVersion;

	private Database(StoreConfig config, ConnectionPool pool, NetworkServerHost server, int schemaVersion) {
		this.config = config;
		this.pool = pool;
		this.server = server;
		this.schemaVersion = schemaVersion;
	}

	/** Opens (creating when needed) and migrates to the latest schema. */
	public static Database open(StoreConfig config, Clock clock) {
		return open(config, clock, Migrations.latest());
	}

	/** Opens and migrates to {@code version}: for tests of older schemas. */
	public static Database open(StoreConfig config, Clock clock, int version) {
		if (config.isEmbedded()) {
			prepareFolder(config.folder());
		}
		ConnectionPool pool = new ConnectionPool(DerbySources.open(config), MAX_IDLE_CONNECTIONS);
		NetworkServerHost server = null;
		try {
			Connection connection = pool.take();
			int reached;
			try {
				reached = new MigrationRunner(Migrations.all(), clock).migrate(connection, version);
			} finally {
				pool.give(connection, true);
			}
			if (config.isServing()) {
				server = NetworkServerHost.start(config.serveHost(), config.servePort(), serverLog(config.folder()));
			}
			return new Database(config, pool, server, reached);
		} catch (SQLException e) {
			pool.close();
			shutDownQuietly(config);
			throw StoreErrors.translate(e, config);
		} catch (Exception e) {
			pool.close();
			shutDownQuietly(config);
			throw e instanceof StoreException store ? store
					: new StoreException(Messages.get("store.cannotOpen", config.describe(), e.getMessage()), e);
		}
	}

	public StoreConfig config() {
		return config;
	}

	public int schemaVersion() {
		return schemaVersion;
	}

	public boolean isServing() {
		return server != null;
	}

	/** Runs {@code work} in auto-commit mode: for reads and single-statement writes. */
	public <T> T read(SqlWork<T> work) {
		return run(work, false);
	}

	/** Runs {@code work} as one transaction: committed when it returns, rolled back when it throws. */
	public <T> T write(SqlWork<T> work) {
		return run(work, true);
	}

	private <T> T run(SqlWork<T> work, boolean transaction) {
		Connection connection;
		try {
			connection = pool.take();
		} catch (SQLException e) {
			throw StoreErrors.translate(e, config);
		}
		boolean reusable = true;
		try {
			if (transaction) {
				connection.setAutoCommit(false);
			}
			T result = work.run(connection);
			if (transaction) {
				connection.commit();
			}
			return result;
		} catch (SQLException e) {
			reusable = !SqlStates.isConnectionLost(e);
			throw StoreErrors.translate(e, config);
		} finally {
			pool.give(connection, reusable); // rolls back whatever was not committed
		}
	}

	@Override
	public void close() {
		pool.close();
		if (server != null) {
			try {
				server.close();
			} catch (Exception e) {
				// the server thread ends with the JVM at the latest
			}
		}
		shutDownQuietly(config);
	}

	private static void shutDownQuietly(StoreConfig config) {
		if (config.isEmbedded()) {
			try {
				DerbySources.shutDown(config);
			} catch (SQLException e) {
				// not booted, or already down
			}
		}
	}

	/**
	 * Creates the parent folder, and sends Derby's own log ({@code derby.log}) next to the database instead of
	 * the working directory, unless the JVM was told otherwise. The property is Derby's and JVM-wide.
	 */
	private static void prepareFolder(Path folder) {
		try {
			Files.createDirectories(folder.getParent());
		} catch (IOException e) {
			throw new StoreException(Messages.get("store.cannotCreateFolder", folder, e.getMessage()), e);
		}
		if (System.getProperty("derby.stream.error.file") == null) {
			System.setProperty("derby.stream.error.file", folder.resolveSibling("derby.log").toString());
		}
	}

	private static Writer serverLog(Path folder) throws IOException {
		return Files.newBufferedWriter(folder.resolveSibling("derby-server.log"), StandardOpenOption.CREATE,
				StandardOpenOption.APPEND);
	}
}
