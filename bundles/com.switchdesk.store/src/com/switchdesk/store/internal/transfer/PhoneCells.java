package com.switchdesk.store.internal.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.switchdesk.model.PhoneLabel;
import com.switchdesk.model.PhoneNumber;
import com.switchdesk.model.SwitchdeskFactory;

/**
 * The numbers of one CSV cell: {@code 13800000000; work: 010-1234 5678; 传真：010-8765 4321}. Several numbers
 * are separated by ';', '；', ',', '，' or '、'; each may start with its kind and ':' or '：'.
 */
final class PhoneCells {

	private static final Pattern SEPARATORS = Pattern.compile("[;；,，、]");
	private static final Pattern LABELLED = Pattern.compile("\\s*([^:：0-9+*#]+?)\\s*[:：]\\s*(.*)", Pattern.DOTALL);
	private static final Map<String, PhoneLabel> LABELS = Map.ofEntries(Map.entry("mobile", PhoneLabel.MOBILE),
			Map.entry("cell", PhoneLabel.MOBILE), Map.entry("手机", PhoneLabel.MOBILE), Map.entry("移动", PhoneLabel.MOBILE),
			Map.entry("work", PhoneLabel.WORK), Map.entry("office", PhoneLabel.WORK), Map.entry("办公", PhoneLabel.WORK),
			Map.entry("工作", PhoneLabel.WORK), Map.entry("单位", PhoneLabel.WORK), Map.entry("home", PhoneLabel.HOME),
			Map.entry("家庭", PhoneLabel.HOME), Map.entry("住宅", PhoneLabel.HOME), Map.entry("fax", PhoneLabel.FAX),
			Map.entry("传真", PhoneLabel.FAX), Map.entry("other", PhoneLabel.OTHER), Map.entry("其他", PhoneLabel.OTHER));

	/** How export writes each kind, in English and in Chinese. */
	private static final Map<PhoneLabel, String[]> NAMES = Map.of(PhoneLabel.MOBILE, new String[] { "mobile", "手机" },
			PhoneLabel.WORK, new String[] { "work", "办公" }, PhoneLabel.HOME, new String[] { "home", "家庭" },
			PhoneLabel.FAX, new String[] { "fax", "传真" }, PhoneLabel.OTHER, new String[] { "other", "其他" });

	/** A number as read, or a kind that was not understood. */
	record Parsed(List<PhoneNumber> numbers, List<String> unknownLabels) {
	}

	private PhoneCells() {
	}

	/** @param defaultLabel the kind of unlabelled numbers in this column */
	static Parsed parse(String cell, PhoneLabel defaultLabel) {
		List<PhoneNumber> numbers = new ArrayList<>();
		List<String> unknown = new ArrayList<>();
		for (String part : SEPARATORS.split(cell)) {
			String text = part.strip();
			if (text.isEmpty()) {
				continue;
			}
			PhoneLabel label = defaultLabel;
			Matcher labelled = LABELLED.matcher(text);
			if (labelled.matches()) {
				label = LABELS.get(labelled.group(1).strip().toLowerCase(Locale.ROOT));
				if (label == null) {
					unknown.add(labelled.group(1).strip());
					continue;
				}
				text = labelled.group(2).strip();
			}
			PhoneNumber number = SwitchdeskFactory.eINSTANCE.createPhoneNumber();
			number.setNumber(text);
			number.setLabel(label);
			numbers.add(number);
		}
		return new Parsed(numbers, unknown);
	}

	/** @return the numbers as one cell, kinds other than OTHER written in front */
	static String format(List<PhoneNumber> numbers, boolean chinese) {
		List<String> parts = new ArrayList<>();
		for (PhoneNumber number : numbers) {
			String label = number.getLabel() == PhoneLabel.OTHER ? "" : NAMES.get(number.getLabel())[chinese ? 1 : 0] + ": ";
			parts.add(label + number.getNumber());
		}
		return String.join("; ", parts);
	}
}
