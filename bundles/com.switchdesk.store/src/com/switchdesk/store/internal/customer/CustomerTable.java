package com.switchdesk.store.internal.customer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.switchdesk.model.Customer;
import com.switchdesk.model.PhoneLabel;
import com.switchdesk.model.PhoneNumber;
import com.switchdesk.model.SwitchdeskFactory;
import com.switchdesk.store.internal.db.Jdbc;

/** Reading and deleting customers (inserting is {@link CustomerWriter}). */
public final class CustomerTable {

	/** A stored customer that owns a number. */
	public record Owner(long id, String name) {
	}

	/** Ids per IN list: keeps statements short and their plans cached. */
	private static final int CHUNK = 100;

	private CustomerTable() {
	}

	/** @return the customers with these ids, with their numbers, in the order of {@code ids}; missing ids skipped */
	public static List<Customer> load(Connection connection, List<Long> ids) throws SQLException {
		Map<Long, Customer> found = new HashMap<>();
		for (int from = 0; from < ids.size(); from += CHUNK) {
			List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
			String in = inList(chunk.size());
			try (PreparedStatement select = connection.prepareStatement("SELECT id, name, company, email, notes, ringtone, "
					+ "created_at, updated_at FROM customer WHERE id IN (" + in + ")")) {
				bind(select, chunk);
				try (ResultSet rows = select.executeQuery()) {
					while (rows.next()) {
						found.put(rows.getLong(1), read(rows));
					}
				}
			}
			try (PreparedStatement select = connection.prepareStatement("SELECT customer_id, raw_number, label "
					+ "FROM phone_number WHERE customer_id IN (" + in + ") ORDER BY customer_id, seq")) {
				bind(select, chunk);
				try (ResultSet rows = select.executeQuery()) {
					while (rows.next()) {
						PhoneNumber number = SwitchdeskFactory.eINSTANCE.createPhoneNumber();
						number.setNumber(rows.getString(2));
						number.setLabel(PhoneLabel.get(rows.getString(3)));
						found.get(rows.getLong(1)).getNumbers().add(number);
					}
				}
			}
		}
		return ids.stream().distinct().map(found::get).filter(c -> c != null).toList();
	}

	/** @return for each of these normalized numbers that is stored, its owner */
	public static Map<String, Owner> owners(Connection connection, Collection<String> normalized) throws SQLException {
		Map<String, Owner> result = new LinkedHashMap<>();
		List<String> all = List.copyOf(normalized);
		for (int from = 0; from < all.size(); from += CHUNK) {
			List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
			try (PreparedStatement select = connection.prepareStatement("SELECT p.normalized, c.id, c.name "
					+ "FROM phone_number p JOIN customer c ON c.id = p.customer_id WHERE p.normalized IN ("
					+ inList(chunk.size()) + ")")) {
				for (int i = 0; i < chunk.size(); i++) {
					select.setString(i + 1, chunk.get(i));
				}
				try (ResultSet rows = select.executeQuery()) {
					while (rows.next()) {
						result.put(rows.getString(1), new Owner(rows.getLong(2), rows.getString(3)));
					}
				}
			}
		}
		return result;
	}

	public static boolean exists(Connection connection, long id) throws SQLException {
		try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM customer WHERE id = ?")) {
			select.setLong(1, id);
			try (ResultSet rows = select.executeQuery()) {
				return rows.next();
			}
		}
	}

	public static long count(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM customer")) {
			rows.next();
			return rows.getLong(1);
		}
	}

	/** @return true when the customer existed */
	public static boolean delete(Connection connection, long id) throws SQLException {
		deleteNumbers(connection, id);
		try (PreparedStatement delete = connection.prepareStatement("DELETE FROM customer WHERE id = ?")) {
			delete.setLong(1, id);
			return delete.executeUpdate() > 0;
		}
	}

	static void deleteNumbers(Connection connection, long id) throws SQLException {
		try (PreparedStatement delete = connection.prepareStatement("DELETE FROM phone_number WHERE customer_id = ?")) {
			delete.setLong(1, id);
			delete.executeUpdate();
		}
	}

	/** @return how many customers there were */
	public static long deleteAll(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.executeUpdate("DELETE FROM phone_number");
			return statement.executeUpdate("DELETE FROM customer");
		}
	}

	private static Customer read(ResultSet rows) throws SQLException {
		Customer customer = SwitchdeskFactory.eINSTANCE.createCustomer();
		customer.setId(rows.getLong(1));
		customer.setName(rows.getString(2));
		customer.setCompany(Jdbc.emptyToNull(rows.getString(3)));
		customer.setEmail(Jdbc.emptyToNull(rows.getString(4)));
		customer.setNotes(Jdbc.emptyToNull(rows.getString(5)));
		customer.setRingtone(Jdbc.emptyToNull(rows.getString(6)));
		customer.setCreatedAt(Date.from(Jdbc.getInstant(rows, 7)));
		customer.setUpdatedAt(Date.from(Jdbc.getInstant(rows, 8)));
		return customer;
	}

	private static String inList(int size) {
		return String.join(", ", java.util.Collections.nCopies(size, "?"));
	}

	private static void bind(PreparedStatement statement, List<Long> ids) throws SQLException {
		for (int i = 0; i < ids.size(); i++) {
			statement.setLong(i + 1, ids.get(i));
		}
	}
}
