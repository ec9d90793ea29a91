package com.switchdesk.store.internal.db;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the database is and how to reach it, read from the component's configuration or from system
 * properties (see docs/store.md):
 * <ul>
 * <li>{@code switchdesk.db}: a folder for an embedded database (created when missing), or
 * {@code //host[:port]/name} for a shared database on a Derby network server. Default:
 * {@code ${user.home}/.switchdesk/db}.</li>
 * <li>{@code switchdesk.db.user}, {@code switchdesk.db.password}: credentials, when the database or server
 * requires authentication.</li>
 * <li>{@code switchdesk.db.serve}: {@code [host:]port}: also serve this console's embedded database to other
 * consoles over the network (host default {@code localhost}; {@code 0.0.0.0} for every interface).</li>
 * </ul>
 *
 * @param folder    the embedded database's folder; null for a client
 * @param host      the server's host; null when embedded
 * @param port      the server's port (Derby's default 1527)
 * @param name      the database name on the server
 * @param serveHost the address to serve on; null for not serving
 * @param servePort the port to serve on
 */
public record StoreConfig(Path folder, String host, int port, String name, String user, String password,
		String serveHost, int servePort) {

	public static final String LOCATION = "switchdesk.db";
	public static final String USER = "switchdesk.db.user";
	public static final String PASSWORD = "switchdesk.db.password";
	public static final String SERVE = "switchdesk.db.serve";
	public static final int DEFAULT_PORT = 1527;

	private static final Pattern SERVER = Pattern.compile("(?:jdbc:derby:)?//([^:/]+)(?::(\\d+))?/(.+)");
	private static final Pattern SERVE_AT = Pattern.compile("(?:(.+):)?(\\d+)");

	public static StoreConfig embedded(Path folder) {
		return new StoreConfig(folder.toAbsolutePath(), null, 0, null, null, null, null, 0);
	}

	public static StoreConfig client(String host, int port, String name) {
		return new StoreConfig(null, host, port, name, null, null, null, 0);
	}

	public StoreConfig withCredentials(String newUser, String newPassword) {
		return new StoreConfig(folder, host, port, name, newUser, newPassword, serveHost, servePort);
	}

	public StoreConfig serving(String newServeHost, int newServePort) {
		if (folder == null) {
			throw new IllegalArgumentException("only an embedded database can be served");
		}
		return new StoreConfig(folder, host, port, name, user, password, newServeHost, newServePort);
	}

	public boolean isEmbedded() {
		return folder != null;
	}

	public boolean isServing() {
		return serveHost != null;
	}

	/** @return the folder, or host:port/name, for messages */
	public String describe() {
		return isEmbedded() ? folder.toString() : host + ":" + port + "/" + name;
	}

	/**
	 * @param configuration the component's properties (they win)
	 * @param system        system properties, e.g. {@code System::getProperty}
	 */
	public static StoreConfig from(Map<String, ?> configuration, UnaryOperator<String> system) {
		UnaryOperator<String> lookup = key -> {
			Object value = configuration.get(key);
			String text = value == null ? system.apply(key) : value.toString();
			return text == null || text.isBlank() ? null : text.strip();
		};
		String location = lookup.apply(LOCATION);
		StoreConfig config;
		if (location == null) {
			config = embedded(Path.of(Objects.requireNonNull(system.apply("user.home"), "user.home"), ".switchdesk", "db"));
		} else {
			Matcher server = SERVER.matcher(location);
			config = server.matches()
					? client(server.group(1), server.group(2) == null ? DEFAULT_PORT : Integer.parseInt(server.group(2)),
							server.group(3))
					: embedded(Path.of(location));
		}
		config = config.withCredentials(lookup.apply(USER), lookup.apply(PASSWORD));
		String serve = lookup.apply(SERVE);
		if (serve != null) {
			Matcher at = SERVE_AT.matcher(serve);
			if (!at.matches()) {
				throw new IllegalArgumentException(SERVE + " must be [host:]port, not " + serve);
			}
			config = config.serving(at.group(1) == null ? "localhost" : at.group(1), Integer.parseInt(at.group(2)));
		}
		return config;
	}

	@Override
	public String toString() {
		// never the password
		return "StoreConfig[" + describe() + (isServing() ? ", serving on " + serveHost + ":" + servePort : "") + "]";
	}
}
