package com.switchdesk.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.switchdesk.model.Customer;
import com.switchdesk.store.OperatorSession;
import com.switchdesk.store.transfer.CsvOptions;
import com.switchdesk.store.transfer.ImportMode;
import com.switchdesk.store.transfer.ImportProblem;
import com.switchdesk.store.transfer.ImportResult;
import com.switchdesk.store.transfer.TaskMonitor;

/**
 * F07: every file of the bad-input corpus ({@code corpus/expected.txt}) is rejected with the expected problems,
 * each naming its line, and the database keeps exactly the rows it had.
 */
@TestInstance(Lifecycle.PER_CLASS)
class F07BadInputCorpusTest {

	/** One line of expected.txt. */
	record Case(String file, String option, List<String> expected) {
		@Override
		public String toString() {
			return file;
		}
	}

	@TempDir
	static Path folder;
	StoreFixture store;
	OperatorSession admin;

	@BeforeAll
	void open() {
		store = StoreFixture.embedded(folder);
		admin = store.admin();
		Customer zhang = StoreFixture.customer("张三", "138 0013 8000");
		store.customers.create(admin, zhang);
		store.customers.create(admin, StoreFixture.customer("李四", "139 0000 0001", "010 6512 3456"));
	}

	@AfterAll
	void close() {
		store.close();
	}

	static Stream<Case> corpus() throws IOException {
		List<Case> cases = new ArrayList<>();
		try (InputStream in = F07BadInputCorpusTest.class.getResourceAsStream("/corpus/expected.txt")) {
			assertNotNull(in, "corpus/expected.txt");
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] parts = line.split("\\|");
				cases.add(new Case(parts[0].strip(), parts[1].strip(), List.of(parts[2].strip().split("\\s+"))));
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "f07_{0}")
	@MethodSource("corpus")
	void f07_badFileIsRejectedWithLineNumbersAndChangesNothing(Case corpusCase) throws IOException {
		Path file = prepare(corpusCase.file());
		long customers = store.rows("customer");
		long numbers = store.rows("phone_number");

		ImportResult result = corpusCase.option().equals("vcard")
				? store.transfer.importVCard(admin, file, ImportMode.ADD, TaskMonitor.NONE)
				: store.transfer.importCsv(admin, file, corpusCase.option().equals("utf-8")
						? CsvOptions.defaults().withCharset(StandardCharsets.UTF_8) : CsvOptions.defaults(), TaskMonitor.NONE);

		ImportResult.Rejected rejected = assertInstanceOf(ImportResult.Rejected.class, result, corpusCase.file());
		List<String> found = rejected.problems().stream().map(p -> p.line() + ":" + p.code()).toList();
		for (String expected : corpusCase.expected()) {
			assertTrue(found.contains(expected), corpusCase.file() + ": expected " + expected + " in " + rejected.problems());
		}
		for (ImportProblem problem : rejected.problems()) {
			assertTrue(problem.line() == 0 || problem.message().contains(String.valueOf(problem.line())),
					"the message names the line: " + problem.message());
			assertTrue(problem.code() != null && !problem.message().isBlank());
		}
		assertEquals(customers, store.rows("customer"), "customers unchanged");
		assertEquals(numbers, store.rows("phone_number"), "numbers unchanged");
	}

	@ParameterizedTest(name = "f07_replaceAll_{0}")
	@MethodSource("corpus")
	void f07_badFileDoesNotEvenReplaceAll(Case corpusCase) throws IOException {
		if (corpusCase.file().contains("taken-number")) {
			return; // in REPLACE_ALL mode a stored number is no conflict
		}
		Path file = prepare(corpusCase.file());
		long customers = store.rows("customer");

		ImportResult result = corpusCase.option().equals("vcard")
				? store.transfer.importVCard(admin, file, ImportMode.REPLACE_ALL, TaskMonitor.NONE)
				: store.transfer.importCsv(admin, file, CsvOptions.defaults().withMode(ImportMode.REPLACE_ALL)
						.withCharset(corpusCase.option().equals("utf-8") ? StandardCharsets.UTF_8 : null), TaskMonitor.NONE);

		assertInstanceOf(ImportResult.Rejected.class, result, corpusCase.file());
		assertEquals(customers, store.rows("customer"), "the stored customers were not removed");
	}

	private Path prepare(String name) throws IOException {
		Path file = StoreFixture.corpus(name, folder);
		if (name.endsWith(".gz")) {
			Path unpacked = folder.resolve(file.getFileName().toString().replace(".gz", ""));
			try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
				Files.copy(in, unpacked, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			}
			return unpacked;
		}
		return file;
	}
}
