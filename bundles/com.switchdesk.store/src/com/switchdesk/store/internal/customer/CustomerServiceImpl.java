package com.switchdesk.store.internal.customer;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.switchdesk.model.Customer;
import com.switchdesk.model.PhoneNumber;
import com.switchdesk.store.CustomerService;
import com.switchdesk.store.OperatorSession;
import com.switchdesk.store.Problem;
import com.switchdesk.store.ProblemCode;
import com.switchdesk.store.ValidationException;
import com.switchdesk.store.internal.Messages;
import com.switchdesk.store.internal.Sessions.Need;
import com.switchdesk.store.internal.StoreCore;
import com.switchdesk.store.internal.db.SqlStates;

/** Customer records and their search. */
@Component(service = CustomerService.class)
public final class CustomerServiceImpl implements CustomerService {

	private final StoreCore core;
	private final Pinyin pinyin = new Pinyin();

	@Activate
	public CustomerServiceImpl(@Reference StoreCore core) {
		this.core = Objects.requireNonNull(core);
	}

	@Override
	public Optional<Customer> get(OperatorSession session, long id) {
		core.sessions().require(session, Need.ANY, Messages.get("what.readCustomers"));
		return core.database().read(c -> CustomerTable.load(c, List.of(id))).stream().findFirst();
	}

	@Override
	public List<Hit> search(OperatorSession session, String text, SearchScope scope, int limit) {
		core.sessions().require(session, Need.ANY, Messages.get("what.readCustomers"));
		int rows = Math.max(1, Math.min(limit, 500));
		return core.database().read(c -> CustomerSearch.search(c, text, Objects.requireNonNull(scope), rows));
	}

	@Override
	public long count(OperatorSession session) {
		core.sessions().require(session, Need.ANY, Messages.get("what.readCustomers"));
		return core.database().read(CustomerTable::count);
	}

	@Override
	public List<Problem> validate(Customer customer) {
		List<Problem> problems = new ArrayList<>(CustomerRules.check(customer));
		if (problems.isEmpty()) {
			problems.addAll(core.database().read(c -> numbersTaken(c, customer)));
		}
		return problems;
	}

	@Override
	public Customer create(OperatorSession session, Customer customer) {
		core.sessions().require(session, Need.ADMINISTRATOR, Messages.get("what.changeCustomers"));
		requireValid(customer);
		return core.database().write(connection -> {
			requireFree(connection, customer, 0);
			long id = core.customerIds().next(connection);
			Instant now = core.clock().instant();
			try (CustomerWriter writer = new CustomerWriter(connection, pinyin)) {
				writer.add(id, customer, now, now);
				insert(writer, customer);
			}
			return CustomerTable.load(connection, List.of(id)).get(0);
		});
	}

	@Override
	public Customer update(OperatorSession session, Customer customer) {
		core.sessions().require(session, Need.ADMINISTRATOR, Messages.get("what.changeCustomers"));
		requireValid(customer);
		long id = customer.getId();
		return core.database().write(connection -> {
			List<Customer> stored = CustomerTable.load(connection, List.of(id));
			if (stored.isEmpty()) {
				throw new ValidationException(
						new Problem("id", ProblemCode.NOT_FOUND, Messages.get("customer.notFound", id)));
			}
			requireFree(connection, customer, id);
			CustomerTable.delete(connection, id);
			Instant created = stored.get(0).getCreatedAt().toInstant();
			try (CustomerWriter writer = new CustomerWriter(connection, pinyin)) {
				writer.add(id, customer, created, core.clock().instant());
				insert(writer, customer);
			}
			return CustomerTable.load(connection, List.of(id)).get(0);
		});
	}

	@Override
	public boolean delete(OperatorSession session, long id) {
		core.sessions().require(session, Need.ADMINISTRATOR, Messages.get("what.changeCustomers"));
		return core.database().write(connection -> CustomerTable.delete(connection, id));
	}

	private static void requireValid(Customer customer) {
		List<Problem> problems = CustomerRules.check(customer);
		if (!problems.isEmpty()) {
			throw new ValidationException(problems);
		}
	}

	private static void requireFree(Connection connection, Customer customer, long ownId) throws SQLException {
		List<Problem> taken = numbersTaken(connection, customer, ownId);
		if (!taken.isEmpty()) {
			throw new ValidationException(taken);
		}
	}

	private static List<Problem> numbersTaken(Connection connection, Customer customer) throws SQLException {
		return numbersTaken(connection, customer, customer.getId());
	}

	private static List<Problem> numbersTaken(Connection connection, Customer customer, long ownId)
			throws SQLException {
		List<String> normalized = customer.getNumbers().stream().map(CustomerRules::normalized).toList();
		Map<String, CustomerTable.Owner> owners = CustomerTable.owners(connection, normalized);
		List<Problem> problems = new ArrayList<>();
		for (int i = 0; i < normalized.size(); i++) {
			CustomerTable.Owner owner = owners.get(normalized.get(i));
			if (owner != null && owner.id() != ownId) {
				PhoneNumber number = customer.getNumbers().get(i);
				problems.add(new Problem("numbers[" + i + "]", ProblemCode.NUMBER_TAKEN,
						Messages.get("customer.numberTaken", number.getNumber().strip(), owner.name(), owner.id())));
			}
		}
		return problems;
	}

	/** Flushes, turning a unique-index refusal (another operator saved the number just now) into a problem. */
	private static void insert(CustomerWriter writer, Customer customer) throws SQLException {
		try {
			writer.flush();
		} catch (SQLException e) {
			if (SqlStates.hasState(e, SqlStates.DUPLICATE_KEY)) {
				throw new ValidationException(new Problem("numbers", ProblemCode.NUMBER_TAKEN,
						Messages.get("customer.numberJustTaken", customer.getNumbers().get(0).getNumber())));
			}
			throw e;
		}
	}
}
