package com.switchdesk.product.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code %key} references of a manifest, plugin.xml or application model: values OSGi or the e4
 * workbench replace from {@code OSGI-INF/l10n/bundle*.properties}.
 */
final class PercentKeys {

	/** In XML: an attribute value that is exactly %key. */
	private static final Pattern XML = Pattern.compile("=\"%([\\w.\\-]+)\"");
	/** In a manifest: a header value that is exactly %key. */
	private static final Pattern MANIFEST = Pattern.compile("(?m)^[\\w-]+:\\s*%([\\w.\\-]+)\\s*$");

	private PercentKeys() {
	}

	static Set<String> of(Path file) {
		String text;
		try {
			text = Files.readString(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		Matcher m = (file.getFileName().toString().endsWith(".MF") ? MANIFEST : XML).matcher(text);
		Set<String> keys = new TreeSet<>();
		while (m.find()) {
			keys.add(m.group(1));
		}
		return keys;
	}
}
