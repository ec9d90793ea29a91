package com.switchdesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * F42: the Linux launcher's choice of language: --language, then SWITCHDESK_LANGUAGE, then the choice saved in
 * the console (~/.switchdesk/language), then the customer profile's. Runs the real script with a stand-in for
 * Java that prints the arguments it was given.
 */
class F42LauncherLanguageTest {

	@TempDir
	Path install;
	private Path home;

	@BeforeEach
	void installation() throws IOException {
		Path script = Path.of(System.getProperty("switchdesk.repo"), "features", "com.switchdesk.feature", "rootfiles",
				"linux", "switchdesk");
		Files.copy(script, install.resolve("switchdesk"));
		Files.createDirectories(install.resolve("plugins"));
		Files.createFile(install.resolve("plugins").resolve("org.eclipse.equinox.launcher_1.0.0.jar"));
		Files.createDirectories(install.resolve("profile"));
		Files.writeString(install.resolve("profile").resolve("profile.properties"), "id=test\nlanguage=en\n");
		Path java = install.resolve("fake-java");
		Files.writeString(java, """
				#!/bin/sh
				case "$1" in -XshowSettings*) echo "    java.specification.version = 21"; exit 0 ;; esac
				echo "ARGS: $*"
				""");
		Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
		home = Files.createDirectories(install.resolve("home"));
	}

	@Test
	void f42_theProfilesLanguageWithoutAChoice() throws Exception {
		assertTrue(start(null).contains(" -nl en "), "the profile says en");
	}

	@Test
	void f42_theLanguageSavedInTheConsoleWinsOverTheProfile() throws Exception {
		Files.createDirectories(home.resolve(".switchdesk"));
		Files.writeString(home.resolve(".switchdesk").resolve("language"), "zh_CN\r\n", StandardCharsets.UTF_8);
		assertTrue(start(null).contains(" -nl zh_CN "));
		assertTrue(start("en").contains(" -nl en "), "--language still decides");
	}

	@Test
	void f42_systemMeansNoLanguageIsForced() throws Exception {
		Files.createDirectories(home.resolve(".switchdesk"));
		Files.writeString(home.resolve(".switchdesk").resolve("language"), "system\r\n", StandardCharsets.UTF_8);
		assertFalse(start(null).contains(" -nl "), "the platform follows the system's language");
	}

	private String start(String language) throws Exception {
		List<String> command = new ArrayList<>(List.of("sh", install.resolve("switchdesk").toString()));
		if (language != null) {
			command.addAll(List.of("--language", language));
		}
		ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
		pb.environment().put("HOME", home.toString());
		pb.environment().put("SWITCHDESK_JAVA", install.resolve("fake-java").toString());
		pb.environment().remove("SWITCHDESK_LANGUAGE");
		Process p = pb.start();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the launcher ended");
		assertEquals(0, p.exitValue(), out);
		return out.replace('\n', ' ') + " ";
	}
}
