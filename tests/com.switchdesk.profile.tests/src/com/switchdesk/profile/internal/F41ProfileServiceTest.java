package com.switchdesk.profile.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import com.switchdesk.profile.ProfileService;
import com.switchdesk.profile.Profiles;

/** F41: the profile as a service, and the checker the packaging script runs. */
class F41ProfileServiceTest {

	@TempDir
	Path temp;

	@Test
	void f41_serviceIsRegisteredAndUsesTheBuiltInDefaultWithoutAFolder() throws InterruptedException {
		var context = FrameworkUtil.getBundle(getClass()).getBundleContext();
		ServiceTracker<ProfileService, ProfileService> tracker = new ServiceTracker<>(context, ProfileService.class, null);
		tracker.open();
		try {
			ProfileService service = tracker.waitForService(10_000);
			assertNotNull(service, "no ProfileService registered within 10 s (is Declarative Services running?)");
			assertSame(Profiles.builtIn(), service.active(), "the test runtime sets no " + Profiles.SYSTEM_PROPERTY);
			assertTrue(service.problems().isEmpty());
		} finally {
			tracker.close();
		}
	}

	@Test
	void f41_serviceReadsTheNamedFolder() {
		ProfileComponent component = new ProfileComponent(SampleProfiles.customers().resolve("grand-hotel").toString());
		assertEquals("grand-hotel", component.active().id());
		assertTrue(component.problems().isEmpty());
	}

	@Test
	void f41_brokenFolderFallsBackToTheBuiltInDefaultAndSaysWhy() throws Exception {
		Path profile = SampleProfiles.copy("grand-hotel", temp);
		Files.delete(profile.resolve("logo.png"));
		ProfileComponent component = new ProfileComponent(profile.toString());
		assertSame(Profiles.builtIn(), component.active());
		assertEquals(profile.resolve("logo.png"), component.problems().get(0).file());
	}

	@Test
	void f41_checkerExitsWithOneForABrokenProfileAndZeroForAGoodOne() throws Exception {
		Path broken = SampleProfiles.copy("default", temp);
		Files.delete(broken.resolve("splash.png"));
		String errors = capture(true, () -> assertEquals(1, CheckProfileCommand.run(new String[] { broken.toString() })));
		assertTrue(errors.contains(broken.resolve("splash.png").toString()), errors);

		String good = SampleProfiles.customers().resolve("grand-hotel").toString();
		assertEquals(0, CheckProfileCommand.run(new String[] { good, "--id", "grand-hotel" }));
		capture(true, () -> assertEquals(1, CheckProfileCommand.run(new String[] { good, "--id", "other-hotel" })));
		capture(true, () -> assertEquals(2, CheckProfileCommand.run(new String[0])));
	}

	@Test
	void f41_checkerPrintsShellAssignmentsForPackaging() throws Exception {
		String good = SampleProfiles.customers().resolve("grand-hotel").toString();
		String out = capture(false, () -> assertEquals(0, CheckProfileCommand.run(new String[] { good, "--shell" })));
		assertTrue(out.contains("PROFILE_ID='grand-hotel'"), out);
		assertTrue(out.contains("PROFILE_NAME='Grand Hotel Switchboard'"), out);
		assertTrue(out.contains("PROFILE_ICON='" + Path.of(good, "icon-256.png") + "'"), out);
		assertFalse(out.lines().anyMatch(l -> !l.matches("[A-Z_]+='[^']*'")), "one shell assignment per line:\n" + out);
	}

	/** Runs {@code work} with standard output or error going to a string, and returns the string. */
	private static String capture(boolean errors, Runnable work) {
		PrintStream saved = errors ? System.err : System.out;
		ByteArrayOutputStream buffer = new ByteArrayOutputStream();
		PrintStream into = new PrintStream(buffer, true, StandardCharsets.UTF_8);
		if (errors) {
			System.setErr(into);
		} else {
			System.setOut(into);
		}
		try {
			work.run();
		} finally {
			if (errors) {
				System.setErr(saved);
			} else {
				System.setOut(saved);
			}
		}
		return buffer.toString(StandardCharsets.UTF_8);
	}
}
