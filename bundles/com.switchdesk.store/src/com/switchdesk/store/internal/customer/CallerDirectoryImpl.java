package com.switchdesk.store.internal.customer;

import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.switchdesk.callcontrol.CallerDirectory;
import com.switchdesk.model.PhoneNumbers;
import com.switchdesk.store.StoreException;
import com.switchdesk.store.internal.StoreCore;
import com.switchdesk.store.internal.db.Jdbc;

/**
 * The incoming-call popup's look-up: one indexed query on the normalized number. When no number matches
 * exactly, a caller presented with a country or trunk prefix (+86 10 …, 010 …) still finds the customer when
 * exactly one stored number has the same last {@value #TAIL} digits; two or more such numbers are ambiguous
 * and give no match.
 */
@Component(service = CallerDirectory.class)
public final class CallerDirectoryImpl implements CallerDirectory {

	static final int TAIL = 8;

	private static final System.Logger LOG = System.getLogger(CallerDirectoryImpl.class.getName());
	private static final String SELECT = "SELECT c.id, c.name, c.company, c.ringtone FROM phone_number p "
			+ "JOIN customer c ON c.id = p.customer_id WHERE ";

	private final StoreCore core;

	@Activate
	public CallerDirectoryImpl(@Reference StoreCore core) {
		this.core = Objects.requireNonNull(core);
	}

	/** Never throws: a database failure is logged and the popup shows the number alone. */
	@Override
	public Optional<CallerInfo> lookup(String number) {
		String normalized = PhoneNumbers.normalize(number);
		if (normalized.isEmpty()) {
			return Optional.empty();
		}
		try {
			return core.database().read(connection -> find(connection, normalized));
		} catch (StoreException e) {
			LOG.log(Level.WARNING, "caller look-up of " + normalized + " failed", e);
			return Optional.empty();
		}
	}

	private static Optional<CallerInfo> find(Connection connection, String normalized) throws SQLException {
		try (PreparedStatement exact = connection.prepareStatement(SELECT + "p.normalized = ?")) {
			exact.setString(1, normalized);
			Optional<CallerInfo> found = single(exact);
			if (found.isPresent() || digits(normalized) < TAIL) {
				return found;
			}
		}
		String tail = SearchKeys.reversed(normalized).substring(0, TAIL);
		try (PreparedStatement sameTail = connection
				.prepareStatement(SELECT + "p.reversed >= ? AND p.reversed < ? FETCH FIRST 2 ROWS ONLY")) {
			sameTail.setString(1, tail);
			sameTail.setString(2, Jdbc.prefixEnd(tail));
			return single(sameTail);
		}
	}

	/** @return the customer when the query found exactly one */
	private static Optional<CallerInfo> single(PreparedStatement query) throws SQLException {
		try (ResultSet rows = query.executeQuery()) {
			if (!rows.next()) {
				return Optional.empty();
			}
			long id = rows.getLong(1);
			CallerInfo info = new CallerInfo(rows.getString(2), rows.getString(3), rows.getString(4));
			while (rows.next()) {
				if (rows.getLong(1) != id) {
					return Optional.empty();
				}
			}
			return Optional.of(info);
		}
	}

	private static int digits(String normalized) {
		return (int) normalized.chars().filter(Character::isDigit).count();
	}
}
