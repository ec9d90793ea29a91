package com.switchdesk.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.io.TempDir;

import com.switchdesk.callcontrol.CallerDirectory.CallerInfo;
import com.switchdesk.model.Customer;
import com.switchdesk.store.CustomerService.Hit;
import com.switchdesk.store.CustomerService.Match;
import com.switchdesk.store.CustomerService.SearchScope;
import com.switchdesk.store.OperatorSession;

/** F06: search as you type by name, pinyin, pinyin initials and any part of a number; the caller look-up. */
@TestInstance(Lifecycle.PER_CLASS)
class F06CustomerSearchTest {

	@TempDir
	static Path folder;
	StoreFixture store;
	OperatorSession operator;

	@BeforeAll
	void fill() {
		store = StoreFixture.embedded(folder);
		OperatorSession admin = store.admin();
		add(admin, "张三", "Acme 贸易", "138 0013 8000");
		add(admin, "李四", null, "+86 10 6512 3456");
		add(admin, "曾国藩", null, "020-8888 7777");
		add(admin, "John Smith", "Smith & Sons", "0044 20 7946 0018");
		add(admin, "100% Cotton_Shop", null, "021 5555 0100");
		add(admin, "O'Brien", null, "021 5555 0101");
		add(admin, "张三丰", null, "139 1111 2222", "0755 2222 3333");
		operator = store.operator();
	}

	@AfterAll
	void close() {
		store.close();
	}

	private void add(OperatorSession admin, String name, String company, String... numbers) {
		Customer customer = StoreFixture.customer(name, numbers);
		customer.setCompany(company);
		store.customers.create(admin, customer);
	}

	/** @return the names found; sorted for FULL, whose "any part" results come in table order */
	private List<String> names(String text, SearchScope scope) {
		var names = store.customers.search(operator, text, scope, 20).stream().map(h -> h.customer().getName());
		return scope == SearchScope.FULL ? names.sorted().toList() : names.toList();
	}

	@Test
	void f06_pinyinInitialsFindChineseNames() {
		assertEquals(List.of("张三", "张三丰"), names("zs", SearchScope.QUICK));
		assertEquals(List.of("张三丰"), names("ZSF", SearchScope.QUICK), "case does not matter");
		assertEquals(Match.PINYIN_INITIALS, store.customers.search(operator, "zs", SearchScope.QUICK, 5).get(0).match());
	}

	@Test
	void f06_fullPinyinFindsChineseNames() {
		assertEquals(List.of("张三", "张三丰"), names("zhang", SearchScope.QUICK));
		assertEquals(List.of("张三", "张三丰"), names("zhang san", SearchScope.QUICK));
		assertEquals(List.of("张三丰"), names("zhangsanf", SearchScope.QUICK));
		assertEquals(List.of("曾国藩"), names("zeng", SearchScope.QUICK), "曾 as a surname reads zeng");
		assertEquals(List.of("李四"), names("li", SearchScope.QUICK));
	}

	@Test
	void f06_nameStartAndLatinWordInitials() {
		assertEquals(List.of("张三", "张三丰"), names("张", SearchScope.QUICK));
		assertEquals(List.of("John Smith"), names("john", SearchScope.QUICK));
		assertEquals(List.of("John Smith"), names("js", SearchScope.QUICK), "initials of Latin words");
	}

	@Test
	void f06_startEndAndAnyPartOfANumber() {
		List<Hit> start = store.customers.search(operator, "138 00", SearchScope.QUICK, 5);
		assertEquals("张三", start.get(0).customer().getName());
		assertEquals(Match.NUMBER_START, start.get(0).match());
		List<Hit> end = store.customers.search(operator, "3456", SearchScope.QUICK, 5);
		assertEquals("李四", end.get(0).customer().getName());
		assertEquals(Match.NUMBER_END, end.get(0).match());
		assertEquals(List.of(), names("6512", SearchScope.QUICK), "the middle needs the full search");
		assertEquals(List.of("李四"), names("6512", SearchScope.FULL));
		assertEquals(List.of("张三丰"), names("2222 33", SearchScope.FULL), "second number, typed with a space");
	}

	@Test
	void f06_fullSearchFindsAnyPartOfNameAndCompany() {
		assertEquals(List.of("张三", "张三丰"), names("三", SearchScope.FULL));
		assertEquals(List.of("张三"), names("贸易", SearchScope.FULL));
		assertEquals(List.of("John Smith"), names("sons", SearchScope.FULL));
	}

	@Test
	void f06_sqlLikeTextIsTakenLiterally() {
		assertEquals(List.of(), names("' OR 1=1 --", SearchScope.FULL));
		assertEquals(List.of(), names("' OR '1'='1", SearchScope.QUICK));
		assertEquals(List.of("100% Cotton_Shop"), names("%", SearchScope.FULL), "only the name with a '%' in it");
		assertEquals(List.of("100% Cotton_Shop"), names("_", SearchScope.FULL), "only the name with a '_' in it");
		assertEquals(List.of("100% Cotton_Shop"), names("100%", SearchScope.QUICK));
		assertEquals(List.of(), names("1_0", SearchScope.FULL), "'_' is not a wildcard");
		assertEquals(List.of("O'Brien"), names("o'b", SearchScope.QUICK));
		assertEquals(List.of("O'Brien"), names("'", SearchScope.FULL));
		assertEquals(List.of(), names("\\", SearchScope.FULL));
		assertEquals(List.of(), names("   ", SearchScope.FULL));
		assertEquals(7, store.customers.count(operator), "and nothing was harmed");
	}

	@Test
	void f06_limitIsKept() {
		assertEquals(1, store.customers.search(operator, "z", SearchScope.FULL, 1).size());
	}

	@Test
	void f08_callerLookUpByNormalizedNumber() {
		CallerInfo caller = store.callers.lookup("13800138000").orElseThrow();
		assertEquals("张三", caller.name());
		assertEquals("Acme 贸易", caller.company());
		assertEquals("", caller.ringtone());
		assertEquals("李四", store.callers.lookup("+861065123456").orElseThrow().name());
		assertEquals("李四", store.callers.lookup("010 6512 3456").orElseThrow().name(),
				"trunk prefix instead of country code: same last 8 digits");
		assertTrue(store.callers.lookup("0755-2222 3333").isPresent(), "the second number of a customer");
		assertEquals("100% Cotton_Shop", store.callers.lookup("5555 0100").orElseThrow().name(),
				"a local number: same last 8 digits");
		assertTrue(store.callers.lookup("0100").isEmpty(), "too short for a tail match");
		assertTrue(store.callers.lookup("99999999").isEmpty());
		assertTrue(store.callers.lookup("").isEmpty());
	}

	@Test
	void f08_ambiguousTailGivesNoCaller() {
		OperatorSession admin = store.admin();
		Customer a = store.customers.create(admin, StoreFixture.customer("Tail A", "0311 8765 4321"));
		Customer b = store.customers.create(admin, StoreFixture.customer("Tail B", "0312 8765 4321"));
		try {
			assertTrue(store.callers.lookup("+86 313 8765 4321").isEmpty());
			assertEquals("Tail A", store.callers.lookup("031187654321").orElseThrow().name(), "exact still works");
		} finally {
			store.customers.delete(admin, a.getId());
			store.customers.delete(admin, b.getId());
		}
	}
}
