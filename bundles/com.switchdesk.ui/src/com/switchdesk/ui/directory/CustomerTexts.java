package com.switchdesk.ui.directory;

import java.util.stream.Collectors;

import com.switchdesk.model.Customer;
import com.switchdesk.model.PhoneLabel;
import com.switchdesk.model.PhoneNumber;
import com.switchdesk.ui.alerts.Tones;

/** How customers, their numbers and ringtones read in the views, in the UI language. */
public final class CustomerTexts {

	private CustomerTexts() {
	}

	/** "138 0013 8000 (Mobile), 8006": the numbers as typed, each with its kind unless "other". */
	public static String numbers(Customer customer) {
		return customer.getNumbers().stream().map(CustomerTexts::number).collect(Collectors.joining(", "));
	}

	static String number(PhoneNumber n) {
		PhoneLabel label = n.getLabel();
		return label == null || label == PhoneLabel.OTHER ? n.getNumber() : n.getNumber() + " (" + kind(label) + ")";
	}

	public static String kind(PhoneLabel label) {
		return switch (label) {
		case MOBILE -> Messages.Kind_MOBILE;
		case WORK -> Messages.Kind_WORK;
		case HOME -> Messages.Kind_HOME;
		case FAX -> Messages.Kind_FAX;
		case OTHER -> Messages.Kind_OTHER;
		};
	}

	/** The name of a bundled tone; the default tone for an empty id; the id itself for an unknown one. */
	public static String toneName(String id) {
		if (id == null || id.isBlank()) {
			return Messages.Tone_default;
		}
		return switch (id) {
		case "0" -> Messages.Tone_0;
		case "1" -> Messages.Tone_1;
		case "2" -> Messages.Tone_2;
		case "3" -> Messages.Tone_3;
		case "4" -> Messages.Tone_4;
		default -> Tones.ALL.stream().filter(t -> t.id().equals(id)).map(Tones.Tone::name).findFirst().orElse(id);
		};
	}

	static String text(String value) {
		return value == null ? "" : value;
	}
}
