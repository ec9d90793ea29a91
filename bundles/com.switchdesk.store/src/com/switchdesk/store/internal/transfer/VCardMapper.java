package com.switchdesk.store.internal.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.switchdesk.model.Customer;
import com.switchdesk.model.PhoneLabel;
import com.switchdesk.model.PhoneNumber;
import com.switchdesk.model.SwitchdeskFactory;
import com.switchdesk.store.ProblemCode;
import com.switchdesk.store.internal.Messages;
import com.switchdesk.store.transfer.ImportProblem;

import ezvcard.VCard;
import ezvcard.io.ParseWarning;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.Organization;
import ezvcard.property.RawProperty;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;

/** A parsed vCard → a customer: FN (else N), TEL with its TYPE, the first EMAIL, ORG and NOTE, our ringtone. */
final class VCardMapper {

	static final String RINGTONE = "X-SWITCHDESK-RINGTONE";
	private static final Map<String, String> COLUMNS = Map.of("name", "FN", "email", "EMAIL", "company", "ORG",
			"notes", "NOTE", "ringtone", RINGTONE, "numbers", "TEL");

	private VCardMapper() {
	}

	static ImportRow map(VCard card, long line, List<ParseWarning> warnings) {
		List<ImportProblem> problems = new ArrayList<>();
		for (ParseWarning warning : warnings) {
			String property = warning.getPropertyName();
			if (property == null || COLUMNS.containsValue(property.toUpperCase(java.util.Locale.ROOT))
					|| property.equalsIgnoreCase("N")) {
				long at = warning.getLineNumber() == null ? line : warning.getLineNumber();
				problems.add(new ImportProblem(at, property == null ? "" : property, ProblemCode.BAD_VCARD,
						Messages.get("vcard.warning", at, warning.getMessage())));
			}
		}
		Customer customer = SwitchdeskFactory.eINSTANCE.createCustomer();
		customer.setName(name(card));
		for (Telephone telephone : card.getTelephoneNumbers()) {
			PhoneNumber number = SwitchdeskFactory.eINSTANCE.createPhoneNumber();
			number.setNumber(telephone.getText() != null ? telephone.getText()
					: telephone.getUri() == null ? "" : telephone.getUri().getNumber());
			number.setLabel(label(telephone.getTypes()));
			customer.getNumbers().add(number);
		}
		if (!card.getEmails().isEmpty()) {
			customer.setEmail(card.getEmails().get(0).getValue());
		}
		Organization organization = card.getOrganization();
		if (organization != null && !organization.getValues().isEmpty()) {
			customer.setCompany(organization.getValues().get(0));
		}
		if (!card.getNotes().isEmpty()) {
			customer.setNotes(card.getNotes().get(0).getValue());
		}
		RawProperty ringtone = card.getExtendedProperty(RINGTONE);
		if (ringtone != null) {
			customer.setRingtone(ringtone.getValue());
		}
		return new ImportRow(line, customer, problems, field -> COLUMNS.getOrDefault(
				field.startsWith("numbers[") ? "numbers" : field, ""));
	}

	private static String name(VCard card) {
		if (card.getFormattedName() != null && card.getFormattedName().getValue() != null
				&& !card.getFormattedName().getValue().isBlank()) {
			return card.getFormattedName().getValue();
		}
		StructuredName n = card.getStructuredName();
		if (n == null) {
			return null;
		}
		String family = n.getFamily() == null ? "" : n.getFamily().strip();
		String given = n.getGiven() == null ? "" : n.getGiven().strip();
		boolean chinese = !family.isEmpty() && family.charAt(0) >= 0x3400;
		return chinese ? family + given : (given + " " + family).strip();
	}

	/** Fax wins over the others: "WORK,FAX" is a fax. */
	private static PhoneLabel label(List<TelephoneType> types) {
		if (types.contains(TelephoneType.FAX)) {
			return PhoneLabel.FAX;
		}
		if (types.contains(TelephoneType.CELL)) {
			return PhoneLabel.MOBILE;
		}
		if (types.contains(TelephoneType.WORK)) {
			return PhoneLabel.WORK;
		}
		if (types.contains(TelephoneType.HOME)) {
			return PhoneLabel.HOME;
		}
		return PhoneLabel.OTHER;
	}

	/** The vCard types for a kind of number, for export. */
	static List<TelephoneType> types(PhoneLabel label) {
		return switch (label) {
		case MOBILE -> List.of(TelephoneType.CELL);
		case WORK -> List.of(TelephoneType.WORK);
		case HOME -> List.of(TelephoneType.HOME);
		case FAX -> List.of(TelephoneType.FAX);
		case OTHER -> List.of();
		};
	}
}
