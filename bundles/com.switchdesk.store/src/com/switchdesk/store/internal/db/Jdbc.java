package com.switchdesk.store.internal.db;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Calendar;
import java.util.TimeZone;

/** Small JDBC conversions used everywhere: every TIMESTAMP column holds UTC. */
public final class Jdbc {

	private Jdbc() {
	}

	private static Calendar utc() {
		// a new calendar per call: Calendar is mutable and JDBC drivers may use it
		return Calendar.getInstance(TimeZone.getTimeZone("UTC"));
	}

	public static void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
		if (instant == null) {
			statement.setNull(index, Types.TIMESTAMP);
		} else {
			statement.setTimestamp(index, Timestamp.from(instant), utc());
		}
	}

	public static Instant getInstant(ResultSet rows, int index) throws SQLException {
		Timestamp value = rows.getTimestamp(index, utc());
		return value == null ? null : value.toInstant();
	}

	/** @return text with the LIKE wildcards '%' and '_' (and the escape '\') taken literally */
	public static String escapeLike(String text) {
		StringBuilder result = new StringBuilder(text.length() + 8);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '%' || c == '_' || c == '\\') {
				result.append('\\');
			}
			result.append(c);
		}
		return result.toString();
	}

	/** @return the smallest string greater than every string that starts with {@code prefix} */
	public static String prefixEnd(String prefix) {
		return prefix + '\uffff';
	}

	/** Strings are stored non-null: '' stands for "none". */
	public static String orEmpty(String value) {
		return value == null ? "" : value;
	}

	/** @return null for '' (the model's "unset"), the value otherwise */
	public static String emptyToNull(String value) {
		return value == null || value.isEmpty() ? null : value;
	}
}
