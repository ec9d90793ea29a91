package com.switchdesk.store.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The store's sentences for users, in the default locale ({@code messages.properties} and
 * {@code messages_zh_CN.properties} next to this class). Works inside OSGi and in a plain JVM alike.
 */
public final class Messages {

	private static final String BUNDLE = "com.switchdesk.store.internal.messages";

	private Messages() {
	}

	public static String get(String key, Object... arguments) {
		String pattern;
		try {
			pattern = ResourceBundle.getBundle(BUNDLE, Locale.getDefault(), Messages.class.getClassLoader())
					.getString(key);
		} catch (MissingResourceException e) {
			return key + " " + java.util.Arrays.toString(arguments);
		}
		return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.getDefault()).format(arguments);
	}
}
