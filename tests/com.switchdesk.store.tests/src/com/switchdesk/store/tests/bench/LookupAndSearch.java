package com.switchdesk.store.tests.bench;

import java.util.List;
import java.util.Random;

import com.switchdesk.model.PhoneNumbers;
import com.switchdesk.store.CustomerService.SearchScope;
import com.switchdesk.store.OperatorSession;
import com.switchdesk.store.internal.StoreCore;
import com.switchdesk.store.internal.customer.CallerDirectoryImpl;
import com.switchdesk.store.internal.customer.CustomerServiceImpl;
import com.switchdesk.store.internal.customer.Pinyin;
import com.switchdesk.store.internal.customer.SearchKeys;

/** Latency of the caller look-up and of search as you type, through the services, on a large store. */
final class LookupAndSearch {

	private static final int LIMIT = 50;

	private LookupAndSearch() {
	}

	static void run(StoreCore core, int customers) {
		Random random = StoreBenchmark.random();
		CallerDirectoryImpl callers = new CallerDirectoryImpl(core);
		CustomerServiceImpl search = new CustomerServiceImpl(core);
		OperatorSession session = StoreBenchmark.admin(core);
		System.out.printf("with %,d customers:%n", StoreBenchmark.count(core));

		for (int i = 0; i < 2_000; i++) { // warm-up: JIT and Derby's page cache
			callers.lookup(BenchData.mobile(random.nextInt(customers)));
		}
		Latency known = new Latency();
		Latency landline = new Latency();
		Latency unknown = new Latency();
		int[] tailHits = new int[1];
		for (int i = 0; i < 10_000; i++) {
			long n = random.nextInt(customers);
			time(known, () -> require(callers.lookup(BenchData.mobile(n)).isPresent()));
			if (i % 5 == 0) {
				// a landline stored as +86 10 …, presented as 010 …: found by its last 8 digits unless another
				// customer's number ends the same (then no popup, by design)
				String presented = PhoneNumbers.normalize(BenchData.landline(n - n % 5)).replace("+8610", "010");
				time(landline, () -> {
					if (callers.lookup(presented).isPresent()) {
						tailHits[0]++;
					}
				});
			}
			// 199… is nobody's mobile; its last 8 digits may still match one customer's (the tail rule)
			time(unknown, () -> callers.lookup("199" + String.format("%08d", n)));
		}
		System.out.println("  caller look-up, known number:            " + known);
		System.out.println("  caller look-up, 010… for +86 10… (tail): " + landline + String.format(", found %.1f %%",
				100.0 * tailHits[0] / 2_000));
		System.out.println("  caller look-up, unknown number:          " + unknown);

		Pinyin pinyin = new Pinyin();
		Latency initials = new Latency();
		Latency full = new Latency();
		Latency numberStart = new Latency();
		Latency numberEnd = new Latency();
		for (int i = 0; i < 300; i++) {
			long n = random.nextInt(customers);
			SearchKeys keys = SearchKeys.of(pinyin, BenchData.name(n), "", List.of());
			typeEachPrefix(keys.pinyinInitials(), 1, initials, text -> search.search(session, text, SearchScope.QUICK, LIMIT));
			typeEachPrefix(keys.pinyinFull(), 1, full, text -> search.search(session, text, SearchScope.QUICK, LIMIT));
			String mobile = BenchData.mobile(n);
			typeEachPrefix(mobile, 3, numberStart, text -> search.search(session, text, SearchScope.QUICK, LIMIT));
			time(numberEnd, () -> search.search(session, mobile.substring(mobile.length() - 4), SearchScope.QUICK, LIMIT));
		}
		System.out.println("  search QUICK, pinyin initials typed key by key: " + initials);
		System.out.println("  search QUICK, full pinyin typed key by key:     " + full);
		System.out.println("  search QUICK, number typed digit by digit:      " + numberStart);
		System.out.println("  search QUICK, last 4 digits:                    " + numberEnd);

		Latency middle = new Latency();
		Latency nothing = new Latency();
		for (int i = 0; i < 15; i++) {
			String mobile = BenchData.mobile(random.nextInt(customers));
			time(middle, () -> search.search(session, mobile.substring(3, 9), SearchScope.FULL, LIMIT));
			int k = i;
			time(nothing, () -> require(search.search(session, "qx" + k + "zz", SearchScope.FULL, LIMIT).isEmpty()));
		}
		System.out.println("  search FULL, 6 digits from the middle of a number: " + middle);
		System.out.println("  search FULL, text found nowhere (reads every row): " + nothing);
	}

	private static void typeEachPrefix(String text, int from, Latency latency, java.util.function.Consumer<String> search) {
		for (int length = from; length <= text.length(); length++) {
			String prefix = text.substring(0, length);
			time(latency, () -> search.accept(prefix));
		}
	}

	private static void time(Latency latency, Runnable work) {
		long start = System.nanoTime();
		work.run();
		latency.add(System.nanoTime() - start);
	}

	private static void require(boolean condition) {
		if (!condition) {
			throw new IllegalStateException("the benchmark's data is not what it expects");
		}
	}
}
