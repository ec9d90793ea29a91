package com.switchdesk.product.internal;

import java.util.Locale;

import org.eclipse.core.runtime.Platform;

/** The language the console runs in: {@code -nl} (the launcher passes it), else the system's. */
final class ConsoleLocale {

	private ConsoleLocale() {
	}

	static Locale current() {
		String nl = Platform.getNL();
		return nl == null || nl.isBlank() ? Locale.getDefault() : Locale.forLanguageTag(nl.replace('_', '-'));
	}
}
