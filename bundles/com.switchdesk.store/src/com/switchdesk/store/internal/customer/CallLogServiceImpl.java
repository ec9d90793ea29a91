package com.switchdesk.store.internal.customer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.switchdesk.model.CallDirection;
import com.switchdesk.model.CallOutcome;
import com.switchdesk.model.CallRecord;
import com.switchdesk.model.PhoneNumbers;
import com.switchdesk.model.SwitchdeskFactory;
import com.switchdesk.store.CallLogService;
import com.switchdesk.store.CustomerService.Hit;
import com.switchdesk.store.CustomerService.SearchScope;
import com.switchdesk.store.OperatorSession;
import com.switchdesk.store.Problem;
import com.switchdesk.store.ProblemCode;
import com.switchdesk.store.ValidationException;
import com.switchdesk.store.internal.Messages;
import com.switchdesk.store.internal.Sessions.Need;
import com.switchdesk.store.internal.StoreCore;
import com.switchdesk.store.internal.db.Jdbc;

/** The call log (F10). */
@Component(service = CallLogService.class)
public final class CallLogServiceImpl implements CallLogService {

	private final StoreCore core;

	@Activate
	public CallLogServiceImpl(@Reference StoreCore core) {
		this.core = Objects.requireNonNull(core);
	}

	@Override
	public CallRecord record(OperatorSession session, CallRecord call) {
		core.sessions().require(session, Need.ANY, Messages.get("what.callLog"));
		check(call);
		return core.database().write(connection -> {
			long id;
			try (PreparedStatement insert = connection.prepareStatement("INSERT INTO call_log (started_at, ended_at, "
					+ "direction, caller_number, called_number, other_parties, outcome, operator_extension, "
					+ "duration_seconds, search_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
				Jdbc.setInstant(insert, 1, call.getStart().toInstant());
				Jdbc.setInstant(insert, 2, call.getEnd() == null ? null : call.getEnd().toInstant());
				insert.setString(3, call.getDirection().getName());
				insert.setString(4, clip(call.getCallerNumber(), 64));
				insert.setString(5, clip(call.getCalledNumber(), 64));
				insert.setString(6, clip(String.join(",", call.getOtherParties()), 1000));
				insert.setString(7, call.getOutcome().getName());
				insert.setString(8, clip(call.getOperatorExtension(), 32));
				insert.setInt(9, call.getDurationSeconds());
				insert.setString(10, clip(searchText(call), 1200));
				insert.executeUpdate();
				try (ResultSet keys = insert.getGeneratedKeys()) {
					keys.next();
					id = keys.getLong(1);
				}
			}
			CallRecord stored = EcoreUtil.copy(call);
			stored.setId(id);
			return stored;
		});
	}

	@Override
	public List<Entry> search(OperatorSession session, Query query) {
		core.sessions().require(session, Need.ANY, Messages.get("what.callLog"));
		int limit = Math.max(1, Math.min(query.limit(), 10_000));
		return core.database().read(connection -> {
			List<String> numbers = numbersFor(connection, query.text());
			if (numbers != null && numbers.isEmpty()) {
				return List.<Entry>of(); // a name that is no customer's: no call can match
			}
			List<CallRecord> calls = CallLogQuery.run(connection, query, numbers == null ? List.of() : numbers, limit);
			List<String> dialBack = calls.stream().map(CallLogServiceImpl::dialBackNumber).toList();
			Map<String, CustomerTable.Owner> owners = CustomerTable.owners(connection,
					dialBack.stream().map(PhoneNumbers::normalize).filter(n -> !n.isEmpty()).distinct().toList());
			List<Entry> entries = new ArrayList<>();
			for (int i = 0; i < calls.size(); i++) {
				CustomerTable.Owner owner = owners.get(PhoneNumbers.normalize(dialBack.get(i)));
				entries.add(new Entry(calls.get(i), dialBack.get(i),
						Optional.ofNullable(owner).map(CustomerTable.Owner::name)));
			}
			return entries;
		});
	}

	/**
	 * The numbers the text stands for: the text itself when it looks like a number, else the numbers of the
	 * customers whose name (or pinyin) starts with it.
	 *
	 * @return null for no text filter
	 */
	private static List<String> numbersFor(Connection connection, String text) throws SQLException {
		if (text == null || text.isBlank()) {
			return null;
		}
		String number = PhoneNumbers.normalize(text);
		if (number.matches("\\+?[0-9*#]+")) {
			return List.of(number);
		}
		List<String> numbers = new ArrayList<>();
		for (Hit hit : CustomerSearch.search(connection, text, SearchScope.QUICK, 20)) {
			hit.customer().getNumbers().forEach(n -> numbers.add(CustomerRules.normalized(n)));
		}
		return numbers;
	}

	static String dialBackNumber(CallRecord call) {
		String number = call.getDirection() == CallDirection.INBOUND ? call.getCallerNumber() : call.getCalledNumber();
		return number == null ? "" : number;
	}

	private static String searchText(CallRecord call) {
		StringBuilder text = new StringBuilder(PhoneNumbers.normalize(call.getCallerNumber())).append('\n')
				.append(PhoneNumbers.normalize(call.getCalledNumber()));
		call.getOtherParties().forEach(party -> text.append('\n').append(PhoneNumbers.normalize(party)));
		return text.toString();
	}

	private static void check(CallRecord call) {
		List<Problem> problems = new ArrayList<>();
		if (call.getStart() == null) {
			problems.add(new Problem("start", ProblemCode.REQUIRED, Messages.get("call.startRequired")));
		}
		if (call.getDurationSeconds() < 0) {
			problems.add(new Problem("durationSeconds", ProblemCode.INVALID_VALUE, Messages.get("call.negativeDuration")));
		}
		if (!problems.isEmpty()) {
			throw new ValidationException(problems);
		}
	}

	private static String clip(String value, int length) {
		String text = value == null ? "" : value.strip();
		return text.length() <= length ? text : text.substring(0, length);
	}

	/** Reads call rows into model objects. */
	static CallRecord read(ResultSet rows) throws SQLException {
		CallRecord call = SwitchdeskFactory.eINSTANCE.createCallRecord();
		call.setId(rows.getLong(1));
		call.setStart(Date.from(Jdbc.getInstant(rows, 2)));
		Instant end = Jdbc.getInstant(rows, 3);
		call.setEnd(end == null ? null : Date.from(end));
		call.setDirection(CallDirection.get(rows.getString(4)));
		call.setCallerNumber(rows.getString(5));
		call.setCalledNumber(rows.getString(6));
		String others = rows.getString(7);
		if (!others.isEmpty()) {
			call.getOtherParties().addAll(List.of(others.split(",")));
		}
		call.setOutcome(CallOutcome.get(rows.getString(8)));
		call.setOperatorExtension(rows.getString(9));
		call.setDurationSeconds(rows.getInt(10));
		return call;
	}
}
