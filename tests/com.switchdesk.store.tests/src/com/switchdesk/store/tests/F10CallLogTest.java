package com.switchdesk.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.switchdesk.model.CallDirection;
import com.switchdesk.model.CallOutcome;
import com.switchdesk.model.CallRecord;
import com.switchdesk.model.SwitchdeskFactory;
import com.switchdesk.store.CallLogService.Entry;
import com.switchdesk.store.CallLogService.Query;
import com.switchdesk.store.OperatorSession;
import com.switchdesk.store.ValidationException;

/** F10: the call log, searchable, with the number and the customer to dial back. */
class F10CallLogTest {

	@TempDir
	Path folder;
	StoreFixture store;
	OperatorSession operator;

	@BeforeEach
	void open() {
		store = StoreFixture.embedded(folder);
		store.customers.create(store.admin(), StoreFixture.customer("张三", "138 0013 8000"));
		operator = store.operator();
	}

	@AfterEach
	void close() {
		store.close();
	}

	@Test
	void f10_callsAreLoggedNewestFirstWithDialBackData() {
		record(0, CallDirection.INBOUND, "13800138000", "8001", CallOutcome.TRANSFERRED, 95, "8203");
		record(10, CallDirection.OUTBOUND, "8001", "0755 2222 3333", CallOutcome.ANSWERED, 30);
		record(20, CallDirection.INBOUND, "021 5555 0100", "8001", CallOutcome.MISSED, 0);
		record(30, CallDirection.INTERNAL, "8001", "8203", CallOutcome.ANSWERED, 12);

		List<Entry> all = store.calls.search(operator, Query.latest(10));

		assertEquals(4, all.size());
		assertEquals(List.of("8203", "021 5555 0100", "0755 2222 3333", "13800138000"),
				all.stream().map(Entry::dialBackNumber).toList(), "the other party, newest call first");
		Entry first = all.get(3);
		assertEquals(Optional.of("张三"), first.customerName());
		assertEquals(List.of("8203"), first.call().getOtherParties());
		assertEquals(95, first.call().getDurationSeconds());
		assertEquals(StoreFixture.START, first.call().getStart().toInstant());
		assertEquals(Optional.empty(), all.get(1).customerName());
	}

	@Test
	void f10_searchByNumberNameDirectionOutcomeAndTime() {
		record(0, CallDirection.INBOUND, "+86 138 0013 8000", "8001", CallOutcome.ANSWERED, 95);
		record(10, CallDirection.INBOUND, "021 5555 0100", "8001", CallOutcome.MISSED, 0);
		record(20, CallDirection.OUTBOUND, "8001", "0755 2222 3333", CallOutcome.ANSWERED, 30);

		assertEquals(1, search(new Query(null, null, null, null, "5555 01", 10)).size(), "part of a number");
		assertEquals(1, search(new Query(null, null, null, null, "zs", 10)).size(), "the customer's pinyin");
		assertEquals(1, search(new Query(null, null, null, null, "张三", 10)).size(), "the customer's name");
		assertEquals(0, search(new Query(null, null, null, null, "nobody", 10)).size());
		assertEquals(2, search(new Query(null, null, CallDirection.INBOUND, null, null, 10)).size());
		assertEquals(1, search(new Query(null, null, null, CallOutcome.MISSED, null, 10)).size());
		Instant tenMinutes = StoreFixture.START.plus(Duration.ofMinutes(10));
		assertEquals(2, search(new Query(tenMinutes, null, null, null, null, 10)).size());
		assertEquals(1, search(new Query(null, tenMinutes, null, null, null, 10)).size());
		assertEquals(0, search(new Query(null, null, null, null, "%", 10)).size(), "taken literally");
		assertEquals(1, search(Query.latest(1)).size());
	}

	@Test
	void f10_aCallNeedsItsStart() {
		CallRecord call = SwitchdeskFactory.eINSTANCE.createCallRecord();
		assertThrows(ValidationException.class, () -> store.calls.record(operator, call));
	}

	private List<Entry> search(Query query) {
		return store.calls.search(operator, query);
	}

	private void record(int minutes, CallDirection direction, String caller, String called, CallOutcome outcome,
			int seconds, String... others) {
		CallRecord call = SwitchdeskFactory.eINSTANCE.createCallRecord();
		Instant start = StoreFixture.START.plus(Duration.ofMinutes(minutes));
		call.setStart(Date.from(start));
		call.setEnd(Date.from(start.plusSeconds(seconds)));
		call.setDirection(direction);
		call.setCallerNumber(caller);
		call.setCalledNumber(called);
		call.setOutcome(outcome);
		call.setDurationSeconds(seconds);
		call.setOperatorExtension("8001");
		call.getOtherParties().addAll(List.of(others));
		CallRecord stored = store.calls.record(operator, call);
		assertTrue(stored.getId() > 0);
	}
}
