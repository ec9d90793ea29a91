package com.switchdesk.store.internal.transfer;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import com.switchdesk.model.Customer;
import com.switchdesk.model.PhoneNumber;
import com.switchdesk.store.internal.customer.CustomerTable;
import com.switchdesk.store.transfer.ExportResult;
import com.switchdesk.store.transfer.TaskMonitor;
import com.switchdesk.store.transfer.TaskMonitor.Phase;
import com.switchdesk.store.transfer.TaskMonitor.Progress;

import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.io.text.VCardWriter;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.StructuredName;

/** Every customer as a vCard 3.0 in UTF-8, with the ringtone as {@value VCardMapper#RINGTONE}. */
final class VCardExport {

	private static final int REPORT_EVERY = 500;

	private VCardExport() {
	}

	static ExportResult run(Connection connection, Path file, TaskMonitor monitor) throws IOException, SQLException {
		long total = CustomerTable.count(connection);
		long written = 0;
		try (SafeFile safe = new SafeFile(file); CustomerCursor cursor = new CustomerCursor(connection)) {
			try (Writer out = Files.newBufferedWriter(safe.temporary(), StandardCharsets.UTF_8);
					VCardWriter writer = new VCardWriter(out, VCardVersion.V3_0)) {
				writer.setAddProdId(false);
				for (Customer customer = cursor.next(); customer != null; customer = cursor.next()) {
					writer.write(card(customer));
					if (++written % REPORT_EVERY == 0) {
						monitor.progress(new Progress(Phase.EXPORTING, written, total, written));
						if (monitor.isCancelled()) {
							return new ExportResult.Cancelled();
						}
					}
				}
			}
			safe.commit();
		}
		monitor.progress(new Progress(Phase.EXPORTING, written, total, written));
		return new ExportResult.Written(file, written);
	}

	private static VCard card(Customer customer) {
		VCard card = new VCard();
		card.setFormattedName(customer.getName());
		StructuredName name = new StructuredName(); // N is required in 3.0; the whole name as family name
		name.setFamily(customer.getName());
		card.setStructuredName(name);
		for (PhoneNumber number : customer.getNumbers()) {
			card.addTelephoneNumber(number.getNumber(),
					VCardMapper.types(number.getLabel()).toArray(TelephoneType[]::new));
		}
		if (customer.getEmail() != null) {
			card.addEmail(customer.getEmail());
		}
		if (customer.getCompany() != null) {
			card.setOrganization(customer.getCompany());
		}
		if (customer.getNotes() != null) {
			card.addNote(customer.getNotes());
		}
		if (customer.getRingtone() != null) {
			card.addExtendedProperty(VCardMapper.RINGTONE, customer.getRingtone());
		}
		return card;
	}
}
