package com.switchdesk.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.switchdesk.model.Customer;
import com.switchdesk.model.PhoneLabel;
import com.switchdesk.store.CustomerService.SearchScope;
import com.switchdesk.store.OperatorSession;
import com.switchdesk.store.transfer.CsvOptions;
import com.switchdesk.store.transfer.CsvPreview;
import com.switchdesk.store.transfer.CustomerField;
import com.switchdesk.store.transfer.ExportResult;
import com.switchdesk.store.transfer.ImportMode;
import com.switchdesk.store.transfer.ImportResult;
import com.switchdesk.store.transfer.TaskMonitor;

/** F07: CSV import with encodings and header mapping, preview, export that imports back unchanged. */
class F07CsvImportTest {

	private static final Charset GBK = Charset.forName("GBK");

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
	void f07_utf8FileWithEnglishHeadersImports() throws IOException {
		ImportResult result = importCsv("good/customers-en.csv", CsvOptions.defaults());

		assertEquals(new ImportResult.Imported(3, 0), result);
		Customer zhang = find("zs");
		assertEquals("张三", zhang.getName());
		assertEquals(List.of(PhoneLabel.OTHER, PhoneLabel.MOBILE), zhang.getNumbers().stream().map(n -> n.getLabel()).toList());
		assertEquals("VIP, prefers mornings", zhang.getNotes());
		assertEquals("tone-3", zhang.getRingtone());
		Customer john = find("john");
		assertEquals(List.of(PhoneLabel.WORK, PhoneLabel.FAX), john.getNumbers().stream().map(n -> n.getLabel()).toList());
		assertEquals("said \"hello\"", john.getNotes());
		assertEquals("张三", store.callers.lookup("13800138000").orElseThrow().name(), "the popup knows them now");
	}

	@Test
	void f07_gbkFileWithChineseHeadersIsDetected() throws IOException {
		Path file = StoreFixture.corpus("good/customers-gbk.csv", folder);
		CsvPreview preview = store.transfer.previewCsv(admin, file, CsvOptions.defaults(), 10);
		assertEquals(GBK, preview.charset());
		assertEquals(List.of("姓名", "电话", "邮箱", "公司", "备注", "铃声"), preview.headers());
		assertEquals(List.of(CustomerField.NAME, CustomerField.PHONES, CustomerField.EMAIL, CustomerField.COMPANY,
				CustomerField.NOTES, CustomerField.RINGTONE), preview.mapping());
		assertEquals(2, preview.rows().size());
		assertEquals(List.of(), preview.problems());

		assertEquals(new ImportResult.Imported(2, 0), store.transfer.importCsv(admin, file, CsvOptions.defaults(),
				TaskMonitor.NONE));
		Customer wang = find("ww");
		assertEquals("上海贸易公司", wang.getCompany());
		assertEquals(List.of(PhoneLabel.MOBILE, PhoneLabel.WORK), wang.getNumbers().stream().map(n -> n.getLabel()).toList());
	}

	@Test
	void f07_unknownHeadersAreMappedByTheUser() throws IOException {
		CsvOptions options = new CsvOptions(null, ';', Map.of("Kunde", CustomerField.NAME, "Rufnummer",
				CustomerField.PHONES, "Bemerkung", CustomerField.NOTES), ImportMode.ADD);
		Path file = StoreFixture.corpus("good/mapped.csv", folder);
		CsvPreview unmapped = store.transfer.previewCsv(admin, file, CsvOptions.defaults().withMapping(Map.of()), 5);
		assertFalse(unmapped.problems().isEmpty(), "without mapping: no name column");

		assertEquals(new ImportResult.Imported(1, 0), store.transfer.importCsv(admin, file, options, TaskMonitor.NONE));
		assertEquals("Stammkunde", find("müller").getNotes());
	}

	@Test
	void f07_aHeaderMappedToNothingIsIgnored() throws IOException {
		Map<String, CustomerField> ignoreEmail = new HashMap<>();
		ignoreEmail.put("email", null);
		CsvOptions options = CsvOptions.defaults().withMapping(ignoreEmail);
		Path file = StoreFixture.corpus("good/customers-en.csv", folder);
		CsvPreview preview = store.transfer.previewCsv(admin, file, options, 5);
		assertNull(preview.mapping().get(preview.headers().indexOf("email")));

		store.transfer.importCsv(admin, file, options, TaskMonitor.NONE);
		assertEquals("", Objects.requireNonNullElse(find("zs").getEmail(), ""));
	}

	@Test
	void f07_exportImportsBackUnchangedInUtf8AndGbk() throws IOException {
		importCsv("good/customers-en.csv", CsvOptions.defaults());
		Customer tricky = StoreFixture.customer("=cmd|' /C calc'!A0", "+86 21 5555 0100");
		tricky.setCompany("-2+3");
		tricky.setNotes("line one\nline two, with \"quotes\"");
		tricky.setEmail("-john@example.com");
		store.customers.create(admin, tricky);
		List<String> before = CustomerSnapshot.of(store.allCustomers());

		for (Charset charset : List.of(StandardCharsets.UTF_8, GBK)) {
			for (boolean chinese : List.of(false, true)) {
				Path export = folder.resolve("export-" + charset.name() + "-" + chinese + ".csv");
				ExportResult written = store.transfer.exportCsv(admin, export, charset, chinese, TaskMonitor.NONE);
				assertEquals(new ExportResult.Written(export, 4), written);
				String text = Files.readString(export, charset);
				assertTrue(text.contains("'=cmd|"), "formula neutralised on export");
				assertTrue(text.contains("'-2+3"), "formula neutralised on export");

				ImportResult replaced = store.transfer.importCsv(admin, export,
						CsvOptions.defaults().withMode(ImportMode.REPLACE_ALL), TaskMonitor.NONE);
				assertEquals(new ImportResult.Imported(4, 4), replaced, charset + " " + chinese);
				assertEquals(before, CustomerSnapshot.of(store.allCustomers()), "same data after " + charset + " " + chinese);
			}
		}
	}

	@Test
	void f07_exportToAnEmptyStoreGivesTheSameData() throws IOException {
		importCsv("good/customers-en.csv", CsvOptions.defaults());
		List<String> before = CustomerSnapshot.of(store.allCustomers());
		Path export = folder.resolve("all.csv");
		store.transfer.exportCsv(admin, export, StandardCharsets.UTF_8, true, TaskMonitor.NONE);

		try (StoreFixture empty = StoreFixture.embedded(folder.resolve("second"))) {
			assertEquals(new ImportResult.Imported(3, 0), empty.transfer.importCsv(empty.admin(), export,
					CsvOptions.defaults(), TaskMonitor.NONE));
			assertEquals(before, CustomerSnapshot.of(empty.allCustomers()));
		}
	}

	@Test
	void f07_gbkExportOfCharactersGbkLacksIsRefusedWithoutAFile() throws IOException {
		store.customers.create(admin, StoreFixture.customer("Emoji 😀", "13800000001"));
		Path export = folder.resolve("gbk.csv");

		ExportResult result = store.transfer.exportCsv(admin, export, GBK, false, TaskMonitor.NONE);

		ExportResult.Refused refused = assertInstanceOf(ExportResult.Refused.class, result);
		assertTrue(refused.problems().get(0).message().contains("Emoji"));
		assertFalse(Files.exists(export));
		try (var files = Files.list(folder)) {
			assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".part")), "no temporary file left");
		}
	}

	@Test
	void f07_importReportsProgressAndCancellingLeavesNothing() throws IOException {
		Path file = folder.resolve("many.csv");
		StringBuilder csv = new StringBuilder("name,phone\n");
		for (int i = 0; i < 3000; i++) {
			csv.append("Customer ").append(i).append(",1380000").append(String.format("%04d", i)).append('\n');
		}
		Files.writeString(file, csv);
		List<TaskMonitor.Progress> seen = new ArrayList<>();
		AtomicInteger calls = new AtomicInteger();
		TaskMonitor cancelAfterTwo = new TaskMonitor() {
			@Override
			public void progress(Progress progress) {
				seen.add(progress);
			}

			@Override
			public boolean isCancelled() {
				return calls.incrementAndGet() >= 2;
			}
		};

		ImportResult result = store.transfer.importCsv(admin, file, CsvOptions.defaults(), cancelAfterTwo);

		assertInstanceOf(ImportResult.Cancelled.class, result);
		assertEquals(0, store.rows("customer"));
		long size = Files.size(file);
		assertTrue(seen.stream().anyMatch(p -> p.phase() == TaskMonitor.Phase.IMPORTING && p.total() == size));

		List<TaskMonitor.Progress> all = new ArrayList<>();
		TaskMonitor watch = new TaskMonitor() {
			@Override
			public void progress(Progress progress) {
				all.add(progress);
			}

			@Override
			public boolean isCancelled() {
				return false;
			}
		};
		assertEquals(new ImportResult.Imported(3000, 0), store.transfer.importCsv(admin, file, CsvOptions.defaults(), watch));
		assertEquals(TaskMonitor.Phase.COMMITTING, all.get(all.size() - 1).phase());
		assertEquals(3000, store.rows("customer"));
	}

	private ImportResult importCsv(String corpusFile, CsvOptions options) throws IOException {
		return store.transfer.importCsv(admin, StoreFixture.corpus(corpusFile, folder), options, TaskMonitor.NONE);
	}

	private Customer find(String text) {
		return store.customers.search(admin, text, SearchScope.QUICK, 1).get(0).customer();
	}
}
