package com.switchdesk.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.switchdesk.model.ExtensionGroup;
import com.switchdesk.store.OperatorSession;
import com.switchdesk.store.ProblemCode;
import com.switchdesk.store.ValidationException;

/** F17: extension groups, one board tab each; F16: user names of extensions. */
class F17ExtensionGroupTest {

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
	void f17_createRenameDeleteInTabOrder() {
		ExtensionGroup floor1 = store.groups.create(admin, "1st floor");
		ExtensionGroup floor2 = store.groups.create(admin, " 2nd floor ");
		store.groups.create(admin, "Sales");
		assertEquals("2nd floor", floor2.getName());

		store.groups.rename(admin, floor1.getId(), "Ground floor");
		assertTrue(store.groups.delete(admin, floor2.getId()));
		assertFalse(store.groups.delete(admin, floor2.getId()));

		assertEquals(List.of("Ground floor", "Sales"),
				store.groups.groups(store.operator()).stream().map(ExtensionGroup::getName).toList());
	}

	@Test
	void f17_groupNamesAreRequiredAndUniqueIgnoringCase() {
		store.groups.create(admin, "Sales");
		assertTrue(assertThrows(ValidationException.class, () -> store.groups.create(admin, "SALES"))
				.has(ProblemCode.NOT_UNIQUE));
		assertTrue(assertThrows(ValidationException.class, () -> store.groups.create(admin, "  "))
				.has(ProblemCode.REQUIRED));
		assertTrue(assertThrows(ValidationException.class, () -> store.groups.create(admin, "x".repeat(41)))
				.has(ProblemCode.TOO_LONG));
		ExtensionGroup other = store.groups.create(admin, "Support");
		assertTrue(assertThrows(ValidationException.class, () -> store.groups.rename(admin, other.getId(), "sales"))
				.has(ProblemCode.NOT_UNIQUE));
		assertTrue(assertThrows(ValidationException.class, () -> store.groups.rename(admin, 999, "New"))
				.has(ProblemCode.NOT_FOUND));
	}

	@Test
	void f17_manyExtensionsAtOnceInOneTransaction() {
		ExtensionGroup rooms = store.groups.create(admin, "Rooms");
		List<String> many = new java.util.ArrayList<>();
		for (int room = 101; room <= 150; room++) {
			many.add(String.valueOf(room));
		}
		many.add("9");
		ExtensionGroup filled = store.groups.addExtensions(admin, rooms.getId(), many);
		assertEquals(51, filled.getExtensionNumbers().size());
		assertEquals("9", filled.getExtensionNumbers().get(0), "numeric order");

		ValidationException refused = assertThrows(ValidationException.class,
				() -> store.groups.addExtensions(admin, rooms.getId(), List.of("201", "20x", "202", "")));
		assertEquals(2, refused.problems().size(), "every invalid number named");
		assertEquals(51, store.groups.groups(admin).get(0).getExtensionNumbers().size(), "none added");

		store.groups.addExtensions(admin, rooms.getId(), List.of("101", "201"));
		ExtensionGroup removed = store.groups.removeExtensions(admin, rooms.getId(), List.of("101", "102", "999"));
		assertEquals(50, removed.getExtensionNumbers().size());

		ExtensionGroup vip = store.groups.create(admin, "VIP");
		store.groups.addExtensions(admin, vip.getId(), List.of("103"));
		assertTrue(store.groups.groups(admin).get(1).getExtensionNumbers().contains("103"), "in two groups at once");
		store.groups.delete(admin, rooms.getId());
		assertEquals(List.of("103"), store.groups.groups(admin).get(0).getExtensionNumbers());
	}

	@Test
	void f16_extensionUserNames() {
		OperatorSession operator = store.operator();
		store.groups.setExtensionName(operator, "8203", "前台 Front desk");
		store.groups.setExtensionName(operator, "801", "Manager");
		store.groups.setExtensionName(operator, "801", " ");
		assertEquals(Map.of("8203", "前台 Front desk"), store.groups.extensionNames(operator));
		assertThrows(ValidationException.class, () -> store.groups.setExtensionName(operator, "abc", "x"));
	}
}
