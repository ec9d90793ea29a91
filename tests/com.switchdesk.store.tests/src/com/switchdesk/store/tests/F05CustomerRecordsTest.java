package com.switchdesk.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.switchdesk.model.Customer;
import com.switchdesk.model.PhoneLabel;
import com.switchdesk.store.OperatorSession;
import com.switchdesk.store.Problem;
import com.switchdesk.store.ProblemCode;
import com.switchdesk.store.ValidationException;

/** F05: customer records with validation and clear messages; a number identifies one customer. */
class F05CustomerRecordsTest {

	@TempDir
	Path folder;
	StoreFixture store;
	OperatorSession admin;

	@BeforeEach
	void open() {
		store = StoreFixture.embedded(folder);
		admin = store.admin();
	}

	@AfterEach
	void close() {
		store.close();
	}

	@Test
	void f05_createReadUpdateDelete() {
		Customer draft = StoreFixture.customer("  张三  ", "+86 138-0013-8000", "010 6512 3456");
		draft.getNumbers().get(1).setLabel(PhoneLabel.WORK);
		draft.setEmail("zhang.san@example.cn");
		draft.setCompany("申瓯通信");
		draft.setNotes("VIP, prefers mornings");
		draft.setRingtone("tone-3");

		Customer created = store.customers.create(admin, draft);

		assertTrue(created.getId() > 0);
		assertEquals("张三", created.getName(), "stored stripped");
		assertEquals(StoreFixture.START, created.getCreatedAt().toInstant());
		Customer read = store.customers.get(admin, created.getId()).orElseThrow();
		assertEquals(List.of("+86 138-0013-8000", "010 6512 3456"),
				read.getNumbers().stream().map(n -> n.getNumber()).toList(), "numbers as typed, in order");
		assertEquals(PhoneLabel.WORK, read.getNumbers().get(1).getLabel());
		assertEquals("tone-3", read.getRingtone());

		store.clock.advance(Duration.ofHours(1));
		read.setName("张三丰");
		read.getNumbers().remove(1);
		Customer updated = store.customers.update(admin, read);
		assertEquals("张三丰", updated.getName());
		assertEquals(1, updated.getNumbers().size());
		assertEquals(StoreFixture.START, updated.getCreatedAt().toInstant(), "creation time kept");
		assertEquals(StoreFixture.START.plus(Duration.ofHours(1)), updated.getUpdatedAt().toInstant());
		assertEquals(1, store.rows("phone_number"));

		assertTrue(store.customers.delete(admin, created.getId()));
		assertFalse(store.customers.delete(admin, created.getId()));
		assertTrue(store.customers.get(admin, created.getId()).isEmpty());
		assertEquals(0, store.rows("phone_number"), "numbers go with the customer");
	}

	@Test
	void f05_invalidCustomersAreRefusedWithEveryProblemNamed() {
		Customer bad = StoreFixture.customer(" ", "12", "138 0013 8000", "13800138000", "call me");
		bad.setEmail("not-an-address");
		bad.setRingtone("../../etc/passwd");

		ValidationException refused = assertThrows(ValidationException.class, () -> store.customers.create(admin, bad));

		List<String> fields = refused.problems().stream().map(Problem::field).toList();
		assertEquals(List.of("name", "numbers[0]", "numbers[2]", "numbers[3]", "email", "ringtone"), fields,
				refused.getMessage());
		assertTrue(refused.has(ProblemCode.REQUIRED));
		assertTrue(refused.has(ProblemCode.INVALID_NUMBER));
		assertTrue(refused.has(ProblemCode.DUPLICATE_NUMBER), "the same number written two ways");
		assertTrue(refused.has(ProblemCode.INVALID_EMAIL));
		refused.problems().forEach(p -> assertFalse(p.message().isBlank()));
		assertEquals(0, store.rows("customer"));

		ValidationException noNumber = assertThrows(ValidationException.class,
				() -> store.customers.create(admin, StoreFixture.customer("Nobody")));
		assertTrue(noNumber.has(ProblemCode.NO_NUMBER));
		ValidationException tooLong = assertThrows(ValidationException.class,
				() -> store.customers.create(admin, StoreFixture.customer("x".repeat(101), "13800000000")));
		assertTrue(tooLong.has(ProblemCode.TOO_LONG));
	}

	@Test
	void f05_aNumberBelongsToOneCustomerHoweverItIsWritten() {
		Customer alice = store.customers.create(admin, StoreFixture.customer("Alice", "+86 (10) 1234-5678"));

		ValidationException taken = assertThrows(ValidationException.class,
				() -> store.customers.create(admin, StoreFixture.customer("Bob", "139 0000 0000", "+861012345678")));
		assertEquals(ProblemCode.NUMBER_TAKEN, taken.problems().get(0).code());
		assertEquals("numbers[1]", taken.problems().get(0).field());
		assertTrue(taken.getMessage().contains("Alice"), taken.getMessage());
		assertEquals(1, store.rows("customer"));

		assertEquals(List.of(), store.customers.validate(alice), "its own number is no conflict");
		assertEquals(ProblemCode.NUMBER_TAKEN, store.customers
				.validate(StoreFixture.customer("Carol", "+86.10.12345678")).get(0).code());

		store.customers.delete(admin, alice.getId());
		store.customers.create(admin, StoreFixture.customer("Bob", "+861012345678"));
	}

	@Test
	void f05_updateOfAVanishedCustomerSaysSo() {
		Customer alice = store.customers.create(admin, StoreFixture.customer("Alice", "13800000001"));
		store.customers.delete(admin, alice.getId());

		ValidationException gone = assertThrows(ValidationException.class, () -> store.customers.update(admin, alice));
		assertTrue(gone.has(ProblemCode.NOT_FOUND));
	}
}
