package com.switchdesk.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.switchdesk.model.Customer;
import com.switchdesk.model.PhoneLabel;
import com.switchdesk.store.CustomerService.SearchScope;
import com.switchdesk.store.OperatorSession;
import com.switchdesk.store.transfer.ExportResult;
import com.switchdesk.store.transfer.ImportMode;
import com.switchdesk.store.transfer.ImportResult;
import com.switchdesk.store.transfer.TaskMonitor;

/** F07: vCard import (3.0 and a phone's 2.1 export) and an export that imports back unchanged. */
class F07VCardTest {

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
	void f07_vcard30Imports() throws IOException {
		ImportResult result = store.transfer.importVCard(admin, StoreFixture.corpus("good/customers-3.0.vcf", folder),
				ImportMode.ADD, TaskMonitor.NONE);

		assertEquals(new ImportResult.Imported(2, 0), result);
		Customer zhang = find("zs");
		assertEquals("张三", zhang.getName());
		assertEquals(List.of(PhoneLabel.MOBILE, PhoneLabel.WORK), zhang.getNumbers().stream().map(n -> n.getLabel()).toList());
		assertEquals("申瓯通信", zhang.getCompany());
		assertEquals("VIP, prefers mornings", zhang.getNotes());
		assertEquals("tone-3", zhang.getRingtone());
		Customer john = find("john");
		assertEquals("John Smith", john.getName(), "from N when there is no FN");
		assertEquals(List.of(PhoneLabel.FAX, PhoneLabel.OTHER), john.getNumbers().stream().map(n -> n.getLabel()).toList());
	}

	@Test
	void f07_phoneExportInVcard21WithQuotedPrintableImports() throws IOException {
		ImportResult result = store.transfer.importVCard(admin, StoreFixture.corpus("good/android-2.1.vcf", folder),
				ImportMode.ADD, TaskMonitor.NONE);

		assertEquals(new ImportResult.Imported(1, 0), result);
		Customer li = find("ls");
		assertEquals("李四", li.getName());
		assertEquals(List.of(PhoneLabel.MOBILE, PhoneLabel.HOME), li.getNumbers().stream().map(n -> n.getLabel()).toList());
	}

	@Test
	void f07_vcardExportImportsBackUnchanged() throws IOException {
		store.transfer.importVCard(admin, StoreFixture.corpus("good/customers-3.0.vcf", folder), ImportMode.ADD,
				TaskMonitor.NONE);
		Customer odd = StoreFixture.customer("Semi; colon, comma", "+86 21 5555 0100");
		odd.setNotes("two\nlines");
		store.customers.create(admin, odd);
		List<String> before = CustomerSnapshot.of(store.allCustomers());
		Path export = folder.resolve("all.vcf");

		assertEquals(new ExportResult.Written(export, 3), store.transfer.exportVCard(admin, export, TaskMonitor.NONE));
		assertTrue(Files.readString(export).startsWith("BEGIN:VCARD"));

		try (StoreFixture empty = StoreFixture.embedded(folder.resolve("second"))) {
			assertEquals(new ImportResult.Imported(3, 0),
					empty.transfer.importVCard(empty.admin(), export, ImportMode.ADD, TaskMonitor.NONE));
			assertEquals(before, CustomerSnapshot.of(empty.allCustomers()));
		}
	}

	private Customer find(String text) {
		return store.customers.search(admin, text, SearchScope.QUICK, 1).get(0).customer();
	}
}
