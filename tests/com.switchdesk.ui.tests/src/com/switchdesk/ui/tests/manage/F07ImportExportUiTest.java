package com.switchdesk.ui.tests.manage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.switchdesk.ui.tests.driver.UiDriver;

/** F07 import with preview, a refused file listing its lines, and an export that imports back: clicked through. */
class F07ImportExportUiTest extends ManageUiTestBase {

	private static final List<String> IMPORTED = List.of("F07 李四", "F07 Mary Lee", "F07 王五");
	private static final String GOOD = """
			姓名,手机,公司,邮箱
			F07 李四,139 0000 0701,申瓯通信,lisi@example.cn
			F07 Mary Lee,139 0000 0702,Lee & Co,mary@example.com
			F07 王五,139 0000 0703,,
			""";
	private static final String BAD = """
			name,phone,email
			F07 Good Row,139 0000 0711,good@example.com
			F07 Bad Number,12ab,bad@example.com
			F07 Too Many,139 0000 0713,x@example.com,extra
			F07 Bad Mail,139 0000 0714,not-an-address
			""";

	@TempDir
	Path folder;
	private CustomersPage page;

	@BeforeEach
	void openCustomers() {
		page = new CustomersPage(console);
		clean();
	}

	@AfterEach
	void clean() {
		stores.deleteCustomers(IMPORTED.toArray(String[]::new));
		stores.deleteCustomers("F07 Good Row", "F07 Bad Number", "F07 Too Many", "F07 Bad Mail");
	}

	@Test
	void f07_goodCsvIsPreviewedThenImported() throws IOException {
		Path file = folder.resolve("customers.csv");
		Files.writeString(file, GOOD, StandardCharsets.UTF_8);
		long before = stores.customers().count(administrator);
		page.open();
		page.click("customers.import");
		Shell dialog = page.dialog("import.dialog");
		page.fill("import.file", file.toString());

		page.waitForText("import.detected", "UTF-8");
		List<List<String>> preview = ui.waitFor("three preview rows", () -> {
			List<List<String>> rows = page.rows("import.preview");
			return rows.size() == 3 ? rows : null;
		}, UiDriver.DEFAULT_TIMEOUT);
		assertEquals(List.of("F07 李四", "139 0000 0701", "申瓯通信", "lisi@example.cn"), preview.get(0));
		assertEquals("Mobile numbers", ui.textOf("import.mapping.1"));
		page.picture(dialog, "f07-import-preview");
		page.click("import.ok");

		page.waitForText("customers.message", "Imported 3 customers");
		assertEquals(before + 3, stores.customers().count(administrator));
		page.search("F07", "F07 Mary Lee");
		page.picture(null, "f07-imported");
	}

	@Test
	void f07_badCsvListsEveryLineAndImportsNothing() throws IOException {
		Path file = folder.resolve("bad.csv");
		Files.writeString(file, BAD, StandardCharsets.UTF_8);
		long before = stores.customers().count(administrator);
		page.open();
		page.click("customers.import");
		page.dialog("import.dialog");
		page.fill("import.file", file.toString());
		page.waitForText("import.problems", "4");
		page.click("import.ok");

		Shell problems = page.dialog("problems.dialog");
		List<List<String>> rows = ui.waitFor("the problems", () -> {
			List<List<String>> r = page.rows("problems.table");
			return r.size() >= 3 ? r : null;
		}, UiDriver.DEFAULT_TIMEOUT);
		assertEquals(List.of("3", "4", "5"), rows.stream().map(r -> r.get(0)).distinct().toList(),
				"every bad line is named: " + rows);
		page.picture(problems, "f07-import-refused");
		page.click("problems.close");
		page.waitForText("customers.message", "nothing was imported");
		assertEquals(before, stores.customers().count(administrator), "nothing half-imported");
	}

	@Test
	void f07_exportImportsBackUnchanged() throws IOException {
		Path seed = folder.resolve("seed.csv");
		Files.writeString(seed, GOOD, StandardCharsets.UTF_8);
		page.open();
		page.click("customers.import");
		page.dialog("import.dialog");
		page.fill("import.file", seed.toString());
		page.waitForText("import.detected", "UTF-8");
		page.click("import.ok");
		page.waitForText("customers.message", "Imported 3");
		long stored = stores.customers().count(administrator);

		Path export = folder.resolve("export.csv");
		page.click("customers.export");
		Shell dialog = page.dialog("export.dialog");
		page.click("export.chinese");
		page.fill("export.file", export.toString());
		page.picture(dialog, "f07-export-dialog");
		page.click("export.ok");
		page.waitForText("customers.message", "Exported " + stored);
		String text = Files.readString(export, StandardCharsets.UTF_8);
		assertTrue(text.startsWith("\uFEFF姓名,电话,邮箱,公司,备注,铃声"), text.substring(0, Math.min(60, text.length())));
		assertTrue(text.contains("F07 Mary Lee"));

		page.click("customers.import");
		page.dialog("import.dialog");
		page.fill("import.file", export.toString());
		page.click("import.replace");
		page.waitForText("import.detected", "UTF-8");
		page.click("import.ok");
		page.waitForText("customers.message", "Imported " + stored);
		assertEquals(stored, stores.customers().count(administrator), "the export holds every customer");
		List<String> mary = page.search("Mary Lee", "F07 Mary Lee");
		assertEquals("Lee & Co", mary.get(1));
	}
}
