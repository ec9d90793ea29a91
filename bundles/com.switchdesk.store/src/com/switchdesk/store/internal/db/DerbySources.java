package com.switchdesk.store.internal.db;

import java.sql.SQLException;

import javax.sql.DataSource;

import org.apache.derby.client.BasicClientDataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;

/**
 * Derby's data sources, created directly rather than through {@code DriverManager}, whose class-loader checks
 * do not suit OSGi.
 */
final class DerbySources {

	private DerbySources() {
	}

	static DataSource open(StoreConfig config) {
		if (config.isEmbedded()) {
			EmbeddedDataSource source = new EmbeddedDataSource();
			source.setDatabaseName(config.folder().toString());
			source.setCreateDatabase("create");
			credentials(config, source::setUser, source::setPassword);
			return source;
		}
		BasicClientDataSource source = new BasicClientDataSource();
		source.setServerName(config.host());
		source.setPortNumber(config.port());
		source.setDatabaseName(config.name());
		source.setCreateDatabase("create");
		source.setLoginTimeout(10);
		credentials(config, source::setUser, source::setPassword);
		return source;
	}

	/** Shuts an embedded database down so its folder is released; Derby answers with SQL state 08006. */
	static void shutDown(StoreConfig config) throws SQLException {
		EmbeddedDataSource source = new EmbeddedDataSource();
		source.setDatabaseName(config.folder().toString());
		source.setShutdownDatabase("shutdown");
		credentials(config, source::setUser, source::setPassword);
		try {
			source.getConnection().close();
		} catch (SQLException e) {
			if (!SqlStates.DATABASE_SHUT_DOWN.equals(e.getSQLState())) {
				throw e;
			}
		}
	}

	private static void credentials(StoreConfig config, java.util.function.Consumer<String> user,
			java.util.function.Consumer<String> password) {
		if (config.user() != null) {
			user.accept(config.user());
			password.accept(config.password() == null ? "" : config.password());
		}
	}
}
