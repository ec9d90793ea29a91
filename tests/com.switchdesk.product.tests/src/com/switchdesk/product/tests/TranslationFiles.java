package com.switchdesk.product.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The translatable files of the repository's bundles, found on disk (not in the test runtime, so a bundle
 * that is not in the product yet is checked too): {@code messages*.properties} of NLS classes and
 * {@code bundle*.properties} of manifest and model strings, under {@code bundles/*}.
 */
final class TranslationFiles {

	static final String CHINESE = "_zh_CN";

	private TranslationFiles() {
	}

	/** The repository root, from the system property the pom sets. */
	static Path repository() {
		String repo = System.getProperty("switchdesk.repo");
		if (repo == null) {
			throw new IllegalStateException("Set -Dswitchdesk.repo=<repository root> (the pom's surefire argLine does)");
		}
		Path root = Path.of(repo).toAbsolutePath().normalize();
		if (!Files.isDirectory(root.resolve("bundles"))) {
			throw new IllegalStateException(root + " has no bundles/ folder: -Dswitchdesk.repo is wrong");
		}
		return root;
	}

	/** Every file under {@code bundles/*} whose name matches, leaving out build output. */
	static List<Path> find(String fileNameRegex) {
		Path bundles = repository().resolve("bundles");
		try (Stream<Path> files = Files.walk(bundles)) {
			return files.filter(Files::isRegularFile)
					.filter(f -> f.getFileName().toString().matches(fileNameRegex))
					.filter(f -> !isBuildOutput(bundles.relativize(f))).sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The English files: {@code messages.properties} and {@code bundle.properties}. */
	static List<Path> englishFiles() {
		return find("(messages|bundle)\\.properties");
	}

	/** The Chinese files: {@code messages_zh_CN.properties} and {@code bundle_zh_CN.properties}. */
	static List<Path> chineseFiles() {
		return find("(messages|bundle)" + CHINESE + "\\.properties");
	}

	static Path chineseOf(Path english) {
		return english.resolveSibling(english.getFileName().toString().replace(".properties", CHINESE + ".properties"));
	}

	static Path englishOf(Path chinese) {
		return chinese.resolveSibling(chinese.getFileName().toString().replace(CHINESE + ".properties", ".properties"));
	}

	/**
	 * Loads a file's keys and values. An escaped (ASCII) file is read as NLS and OSGi localization read it;
	 * one with raw UTF-8 text (against the house rule, which its own test reports) is read as UTF-8, so that
	 * its translations can still be checked.
	 */
	static Map<String, String> load(Path file) {
		Properties properties = new Properties();
		try {
			byte[] bytes = Files.readAllBytes(file);
			if (isAscii(bytes)) {
				try (InputStream in = new ByteArrayInputStream(bytes)) {
					properties.load(in);
				}
			} else {
				properties.load(new StringReader(new String(bytes, StandardCharsets.UTF_8)));
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		Map<String, String> values = new TreeMap<>();
		properties.forEach((k, v) -> values.put((String) k, (String) v));
		return values;
	}

	static boolean isAscii(byte[] bytes) {
		for (byte b : bytes) {
			if (b < 0) {
				return false;
			}
		}
		return true;
	}

	/** @return the path relative to the repository, for messages */
	static String name(Path file) {
		return repository().relativize(file).toString();
	}

	private static boolean isBuildOutput(Path relative) {
		for (Path part : relative) {
			String name = part.toString();
			if (name.equals("target") || name.equals("bin") || name.startsWith(".")) {
				return true;
			}
		}
		return false;
	}
}
