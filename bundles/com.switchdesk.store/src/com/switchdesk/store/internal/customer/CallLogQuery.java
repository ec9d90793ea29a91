package com.switchdesk.store.internal.customer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.switchdesk.model.CallRecord;
import com.switchdesk.store.CallLogService.Query;
import com.switchdesk.store.internal.db.Jdbc;

/** The call log query: time range on the index, the other filters as bound parameters. */
final class CallLogQuery {

	private static final Instant NO_END = Instant.parse("9999-01-01T00:00:00Z");

	private CallLogQuery() {
	}

	/** @param numbers calls whose numbers contain one of these; empty for any */
	static List<CallRecord> run(Connection connection, Query query, List<String> numbers, int limit)
			throws SQLException {
		StringBuilder sql = new StringBuilder("SELECT id, started_at, ended_at, direction, caller_number, called_number, "
				+ "other_parties, outcome, operator_extension, duration_seconds FROM call_log "
				+ "WHERE started_at >= ? AND started_at < ?");
		if (query.direction() != null) {
			sql.append(" AND direction = ?");
		}
		if (query.outcome() != null) {
			sql.append(" AND outcome = ?");
		}
		if (!numbers.isEmpty()) {
			sql.append(" AND (").append(String.join(" OR ",
					java.util.Collections.nCopies(numbers.size(), "search_text LIKE ? ESCAPE '\\'"))).append(')');
		}
		sql.append(" ORDER BY started_at DESC, id DESC FETCH FIRST ? ROWS ONLY");
		try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
			int index = 1;
			Jdbc.setInstant(select, index++, query.from() == null ? Instant.EPOCH : query.from());
			Jdbc.setInstant(select, index++, query.to() == null ? NO_END : query.to());
			if (query.direction() != null) {
				select.setString(index++, query.direction().getName());
			}
			if (query.outcome() != null) {
				select.setString(index++, query.outcome().getName());
			}
			for (String number : numbers) {
				select.setString(index++, "%" + Jdbc.escapeLike(number) + "%");
			}
			select.setInt(index, limit);
			List<CallRecord> calls = new ArrayList<>();
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					calls.add(CallLogServiceImpl.read(rows));
				}
			}
			return calls;
		}
	}
}
