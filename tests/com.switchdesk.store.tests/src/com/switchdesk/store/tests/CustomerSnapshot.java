package com.switchdesk.store.tests;

import java.util.Comparator;
import java.util.List;

import com.switchdesk.model.Customer;

/** What must survive a round trip: the customers' data without ids and time stamps, sorted by name. */
final class CustomerSnapshot {

	private CustomerSnapshot() {
	}

	static List<String> of(List<Customer> customers) {
		return customers.stream().sorted(Comparator.comparing(Customer::getName)).map(CustomerSnapshot::line).toList();
	}

	private static String line(Customer c) {
		StringBuilder text = new StringBuilder(c.getName());
		c.getNumbers().forEach(n -> text.append(" | ").append(n.getLabel()).append(' ').append(n.getNumber()));
		return text.append(" | ").append(c.getEmail()).append(" | ").append(c.getCompany()).append(" | ")
				.append(c.getNotes()).append(" | ").append(c.getRingtone()).toString();
	}
}
