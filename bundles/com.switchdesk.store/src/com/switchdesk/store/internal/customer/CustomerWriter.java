package com.switchdesk.store.internal.customer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.switchdesk.model.Customer;
import com.switchdesk.model.PhoneNumber;
import com.switchdesk.store.internal.db.Jdbc;

/**
 * Inserts customers and their numbers in batches on one connection (the caller's transaction). Every insert
 * of the store goes through here, so the search columns are always computed the same way.
 */
public final class CustomerWriter implements AutoCloseable {

	private final Pinyin pinyin;
	private final PreparedStatement customers;
	private final PreparedStatement numbers;
	private int pending;

	public CustomerWriter(Connection connection, Pinyin pinyin) throws SQLException {
		this.pinyin = pinyin;
		this.customers = connection.prepareStatement("INSERT INTO customer (id, name, name_key, company, email, notes, "
				+ "ringtone, created_at, updated_at, pinyin_full, pinyin_initials, search_text) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
		this.numbers = connection.prepareStatement(
				"INSERT INTO phone_number (customer_id, seq, raw_number, normalized, label, reversed) VALUES (?, ?, ?, ?, ?, ?)");
	}

	/** Queues a customer that passed {@link CustomerRules}; sent with the next {@link #flush()}. */
	public void add(long id, Customer customer, Instant created, Instant updated) throws SQLException {
		List<String> normalized = new ArrayList<>();
		for (PhoneNumber number : customer.getNumbers()) {
			normalized.add(CustomerRules.normalized(number));
		}
		SearchKeys keys = SearchKeys.of(pinyin, customer.getName(), customer.getCompany(), normalized);
		customers.setLong(1, id);
		customers.setString(2, CustomerRules.strip(customer.getName()));
		customers.setString(3, keys.nameKey());
		customers.setString(4, CustomerRules.strip(customer.getCompany()));
		customers.setString(5, CustomerRules.strip(customer.getEmail()));
		customers.setString(6, CustomerRules.strip(customer.getNotes()));
		customers.setString(7, CustomerRules.strip(customer.getRingtone()));
		Jdbc.setInstant(customers, 8, created);
		Jdbc.setInstant(customers, 9, updated);
		customers.setString(10, keys.pinyinFull());
		customers.setString(11, keys.pinyinInitials());
		customers.setString(12, keys.searchText());
		customers.addBatch();
		addNumbers(id, customer.getNumbers(), normalized);
		pending++;
	}

	/** Queues the numbers of an existing customer (after its old numbers were deleted). */
	void addNumbers(long id, List<PhoneNumber> list, List<String> normalized) throws SQLException {
		for (int seq = 0; seq < list.size(); seq++) {
			PhoneNumber number = list.get(seq);
			numbers.setLong(1, id);
			numbers.setInt(2, seq);
			numbers.setString(3, CustomerRules.strip(number.getNumber()));
			numbers.setString(4, normalized.get(seq));
			numbers.setString(5, number.getLabel().getName());
			numbers.setString(6, SearchKeys.reversed(normalized.get(seq)));
			numbers.addBatch();
		}
	}

	/** @return customers queued since the last flush */
	public int pending() {
		return pending;
	}

	public void flush() throws SQLException {
		customers.executeBatch();
		numbers.executeBatch();
		pending = 0;
	}

	@Override
	public void close() throws SQLException {
		try {
			customers.close();
		} finally {
			numbers.close();
		}
	}
}
