package com.switchdesk.product.tests;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The message fields of an NLS class's source: {@code public static String Name;}. */
final class NlsFields {

	private static final Pattern FIELD = Pattern.compile("public\\s+static\\s+String\\s+(\\w+)\\s*;");

	private NlsFields() {
	}

	static Set<String> of(String javaSource) {
		Set<String> names = new TreeSet<>();
		Matcher m = FIELD.matcher(javaSource);
		while (m.find()) {
			names.add(m.group(1));
		}
		return names;
	}
}
