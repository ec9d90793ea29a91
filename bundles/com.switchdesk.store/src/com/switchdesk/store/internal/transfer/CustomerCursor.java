package com.switchdesk.store.internal.transfer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import com.switchdesk.model.Customer;
import com.switchdesk.model.PhoneLabel;
import com.switchdesk.model.PhoneNumber;
import com.switchdesk.model.SwitchdeskFactory;
import com.switchdesk.store.internal.db.Jdbc;

/**
 * Every customer with its numbers, in id order, one at a time: two cursors (customers, numbers) both ordered
 * by customer id and merged, so an export of a million customers holds one in memory.
 */
final class CustomerCursor implements AutoCloseable {

	private final PreparedStatement customerQuery;
	private final PreparedStatement numberQuery;
	private final ResultSet customers;
	private final ResultSet numbers;
	private boolean numbersLeft;

	CustomerCursor(Connection connection) throws SQLException {
		customerQuery = connection.prepareStatement(
				"SELECT id, name, company, email, notes, ringtone FROM customer ORDER BY id");
		numberQuery = connection.prepareStatement(
				"SELECT customer_id, raw_number, label FROM phone_number ORDER BY customer_id, seq");
		customers = customerQuery.executeQuery();
		numbers = numberQuery.executeQuery();
		numbersLeft = numbers.next();
	}

	/** @return the next customer, or null after the last */
	Customer next() throws SQLException {
		if (!customers.next()) {
			return null;
		}
		Customer customer = SwitchdeskFactory.eINSTANCE.createCustomer();
		long id = customers.getLong(1);
		customer.setId(id);
		customer.setName(customers.getString(2));
		customer.setCompany(Jdbc.emptyToNull(customers.getString(3)));
		customer.setEmail(Jdbc.emptyToNull(customers.getString(4)));
		customer.setNotes(Jdbc.emptyToNull(customers.getString(5)));
		customer.setRingtone(Jdbc.emptyToNull(customers.getString(6)));
		while (numbersLeft && numbers.getLong(1) <= id) {
			if (numbers.getLong(1) == id) {
				PhoneNumber number = SwitchdeskFactory.eINSTANCE.createPhoneNumber();
				number.setNumber(numbers.getString(2));
				number.setLabel(PhoneLabel.get(numbers.getString(3)));
				customer.getNumbers().add(number);
			}
			numbersLeft = numbers.next();
		}
		return customer;
	}

	@Override
	public void close() throws SQLException {
		try (customerQuery; numberQuery) {
			customers.close();
			numbers.close();
		}
	}
}
