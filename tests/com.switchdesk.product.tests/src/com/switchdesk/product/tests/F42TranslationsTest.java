package com.switchdesk.product.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/**
 * F42: every string an operator can see exists in English and Simplified Chinese. Reads the properties
 * files of all bundles in the repository (see {@link TranslationFiles}); each test lists every problem it
 * finds, with file and key, so one run shows all that is left to translate.
 */
class F42TranslationsTest {

	@Test
	void f42_everyEnglishFileHasAChineseFileWithTheSameKeys() {
		List<String> problems = new ArrayList<>();
		List<Path> english = TranslationFiles.englishFiles();
		assertFalse(english.isEmpty(), "no messages.properties or bundle.properties found: is switchdesk.repo right?");
		for (Path file : english) {
			Path chinese = TranslationFiles.chineseOf(file);
			if (!Files.exists(chinese)) {
				problems.add(TranslationFiles.name(chinese) + " is missing (the Chinese twin of " + file.getFileName() + ")");
				continue;
			}
			compareKeys(file, chinese, problems);
		}
		for (Path chinese : TranslationFiles.chineseFiles()) {
			if (!Files.exists(TranslationFiles.englishOf(chinese))) {
				problems.add(TranslationFiles.name(chinese) + " has no English file beside it");
			}
		}
		assertNoProblems("keys missing in one language", problems);
	}

	@Test
	void f42_chineseValuesAreNotLeftInEnglish() {
		List<String> problems = new ArrayList<>();
		for (Path chinese : TranslationFiles.chineseFiles()) {
			Path englishFile = TranslationFiles.englishOf(chinese);
			Map<String, String> english = Files.exists(englishFile) ? TranslationFiles.load(englishFile) : Map.of();
			TranslationFiles.load(chinese).forEach((key, value) -> {
				String source = english.getOrDefault(key, "");
				if (!ChineseText.isTranslated(source, value)) {
					problems.add(TranslationFiles.name(chinese) + ": " + key + "=" + value);
				}
			});
		}
		assertNoProblems("Chinese values still in English (translate them, or add a word that stays English to "
				+ "ChineseText.ALLOWED)", problems);
	}

	@Test
	void f42_propertiesFilesAreEscapedAsciiAsTheRuntimeReadsThem() {
		List<String> problems = new ArrayList<>();
		for (Path file : TranslationFiles.find("(messages|bundle)(_\\w+)?\\.properties")) {
			byte[] bytes = read(file);
			for (int i = 0; i < bytes.length; i++) {
				if (bytes[i] < 0) {
					problems.add(TranslationFiles.name(file) + " has non-ASCII text at byte " + i);
					break;
				}
			}
		}
		assertNoProblems("files with raw non-ASCII text: NLS and OSGi localization read ISO-8859-1, so the house rule"
				+ " is \\uXXXX escapes, read alike by every loader (run releng/scripts/escape-properties.py on them)",
				problems);
	}

	@Test
	void f42_everyNlsFieldHasAMessageAndEveryMessageAField() {
		List<String> problems = new ArrayList<>();
		for (Path source : TranslationFiles.find("\\w*Messages\\.java")) {
			String code = new String(read(source), StandardCharsets.UTF_8);
			if (!code.contains("extends NLS")) {
				continue;
			}
			Path messages = source.resolveSibling("messages.properties");
			if (!Files.exists(messages)) {
				problems.add(TranslationFiles.name(source) + " has no messages.properties beside it");
				continue;
			}
			Set<String> fields = NlsFields.of(code);
			Set<String> keys = TranslationFiles.load(messages).keySet();
			difference(fields, keys).forEach(f -> problems.add(TranslationFiles.name(messages) + " lacks " + f
					+ " (a field of " + source.getFileName() + ")"));
			difference(keys, fields).forEach(k -> problems.add(TranslationFiles.name(messages) + " has " + k
					+ ", which " + source.getFileName() + " does not declare"));
		}
		assertNoProblems("NLS classes and their messages.properties disagree", problems);
	}

	@Test
	void f42_everyPercentKeyInManifestsAndModelsIsInBundleProperties() {
		List<String> problems = new ArrayList<>();
		for (Path file : TranslationFiles.find("MANIFEST\\.MF|plugin\\.xml|fragment\\.xml|\\w*\\.e4xmi")) {
			Path bundle = bundleRoot(file);
			Set<String> used = PercentKeys.of(file);
			if (used.isEmpty()) {
				continue;
			}
			Path english = bundle.resolve("OSGI-INF/l10n/bundle.properties");
			Set<String> defined = Files.exists(english) ? TranslationFiles.load(english).keySet() : Set.of();
			difference(used, defined).forEach(k -> problems.add(TranslationFiles.name(file) + " uses %" + k
					+ ", missing in " + TranslationFiles.name(english)));
		}
		assertNoProblems("model or manifest strings without a translation key", problems);
	}

	private static void compareKeys(Path english, Path chinese, List<String> problems) {
		Set<String> en = TranslationFiles.load(english).keySet();
		Set<String> zh = TranslationFiles.load(chinese).keySet();
		difference(en, zh).forEach(k -> problems.add(TranslationFiles.name(chinese) + " lacks " + k));
		difference(zh, en).forEach(k -> problems.add(TranslationFiles.name(english) + " lacks " + k));
	}

	private static Set<String> difference(Set<String> a, Set<String> b) {
		Set<String> result = new TreeSet<>(a);
		result.removeAll(b);
		return result;
	}

	private static Path bundleRoot(Path file) {
		Path bundles = TranslationFiles.repository().resolve("bundles");
		return bundles.resolve(bundles.relativize(file).getName(0));
	}

	private static byte[] read(Path file) {
		try {
			return Files.readAllBytes(file);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void assertNoProblems(String what, List<String> problems) {
		assertTrue(problems.isEmpty(), problems.size() + " " + what + ":\n  " + String.join("\n  ", problems));
	}
}
