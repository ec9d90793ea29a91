package com.switchdesk.store.internal.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** A migration's SQL file next to this class: statements end with ';' at the end of a line; '--' comments. */
final class SqlScript {

	private SqlScript() {
	}

	static void run(Connection connection, String resource) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			for (String sql : statements(resource)) {
				statement.execute(sql);
			}
		}
	}

	static List<String> statements(String resource) {
		List<String> result = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String line : read(resource).split("\n")) {
			int comment = line.indexOf("--");
			String code = (comment >= 0 ? line.substring(0, comment) : line).strip();
			if (code.isEmpty()) {
				continue;
			}
			boolean last = code.endsWith(";");
			current.append(last ? code.substring(0, code.length() - 1) : code).append('\n');
			if (last) {
				result.add(current.toString().strip());
				current.setLength(0);
			}
		}
		if (!current.toString().isBlank()) {
			throw new IllegalStateException(resource + " ends without ';'");
		}
		return result;
	}

	private static String read(String resource) {
		try (InputStream in = SqlScript.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("missing migration script " + resource);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
