package com.switchdesk.profile.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.switchdesk.profile.ProfileProblem;
import com.switchdesk.profile.Profiles;

/**
 * F41: a broken profile is refused with every problem named by file, and by line and key where one applies,
 * so a deployer can fix it without guessing. Each test breaks a copy of the default profile in one way.
 */
class F41ProfileValidationTest {

	@TempDir
	Path temp;

	@Test
	void f41_missingProfileFileIsNamed() throws IOException {
		Path profile = SampleProfiles.copy("default", temp);
		Files.delete(profile.resolve(Profiles.PROFILE_FILE));
		ProfileProblem problem = single(SampleProfiles.problemsOf(profile));
		assertEquals(profile.resolve(Profiles.PROFILE_FILE), problem.file());
		assertTrue(problem.message().contains("missing"), problem.toString());
	}

	@Test
	void f41_missingFolderIsNamed() {
		Path nowhere = temp.resolve("no-such-customer");
		ProfileProblem problem = single(SampleProfiles.problemsOf(nowhere));
		assertEquals(nowhere, problem.file());
	}

	@Test
	void f41_missingImageNamesTheImageTheKeyAndTheLine() throws IOException {
		Path profile = SampleProfiles.copy("default", temp);
		Files.delete(profile.resolve("splash.png"));
		ProfileProblem problem = single(SampleProfiles.problemsOf(profile));
		assertEquals(profile.resolve("splash.png"), problem.file());
		assertTrue(problem.message().contains("missing") && problem.message().contains("image.splash")
				&& problem.message().contains("line " + SampleProfiles.lineOf(profile, "image.splash")),
				problem.toString());
	}

	@Test
	void f41_malformedLineAndBadValueAreNamedByLineAndKey() {
		Path profile = SampleProfiles.copy("default", temp);
		SampleProfiles.set(profile, "sim.trafficPerMinute", "lots");
		SampleProfiles.append(profile, "this is not a setting\n");
		List<ProfileProblem> problems = SampleProfiles.problemsOf(profile);
		assertEquals(2, problems.size(), problems.toString());
		ProfileProblem badValue = problems.get(0);
		assertEquals(SampleProfiles.lineOf(profile, "sim.trafficPerMinute"), badValue.line());
		assertEquals(Optional.of("sim.trafficPerMinute"), badValue.key());
		assertTrue(badValue.message().contains("not a whole number"), badValue.toString());
		assertTrue(problems.get(1).message().contains("expected key=value"), problems.get(1).toString());
	}

	@Test
	void f41_misspeltKeyIsRefusedWithTheKeyItProbablyMeant() {
		Path profile = SampleProfiles.copy("default", temp);
		SampleProfiles.append(profile, "serial.buad=9600\n");
		ProfileProblem problem = single(SampleProfiles.problemsOf(profile));
		assertEquals(Optional.of("serial.buad"), problem.key());
		assertTrue(problem.message().contains("serial.baud"), problem.toString());
	}

	@Test
	void f41_serialConnectorNeedsAPort() {
		Path profile = SampleProfiles.copy("default", temp);
		SampleProfiles.set(profile, "pbx.connector", "serial");
		ProfileProblem problem = single(SampleProfiles.problemsOf(profile));
		assertEquals(Optional.of("serial.port"), problem.key());
	}

	@Test
	void f41_fileInAnotherEncodingIsRefusedAtItsLine() throws IOException {
		Path profile = SampleProfiles.copy("default", temp);
		// "你好" in GBK, as a Windows editor might save it
		Files.write(profile.resolve(Profiles.PROFILE_FILE), new byte[] { 'i', 'd', '=', 'x', '\n', 'a', '=', (byte) 0xc4,
				(byte) 0xe3, (byte) 0xba, (byte) 0xc3, '\n' });
		ProfileProblem problem = single(SampleProfiles.problemsOf(profile));
		assertEquals(2, problem.line());
		assertTrue(problem.message().contains("UTF-8"), problem.toString());
	}

	@Test
	void f41_truncatedImageIsRefused() throws IOException {
		Path profile = SampleProfiles.copy("default", temp);
		Path icon = profile.resolve("icon-256.png");
		byte[] png = Files.readAllBytes(icon);
		Files.write(icon, Arrays.copyOf(png, png.length / 2));
		ProfileProblem problem = single(SampleProfiles.problemsOf(profile));
		assertEquals(icon, problem.file());
		assertTrue(problem.message().contains("truncated"), problem.toString());
	}

	@Test
	void f41_damagedImageDataIsRefused() throws IOException {
		Path profile = SampleProfiles.copy("default", temp);
		Path logo = profile.resolve("logo.png");
		byte[] png = Files.readAllBytes(logo);
		png[png.length / 2] ^= 0x5a; // one flipped byte inside the pixel data: its chunk checksum no longer matches
		Files.write(logo, png);
		ProfileProblem problem = single(SampleProfiles.problemsOf(profile));
		assertEquals(logo, problem.file());
		assertTrue(problem.message().contains("damaged"), problem.toString());
	}

	@Test
	void f41_pictureInAnotherFormatIsNamedAsSuch() throws IOException {
		Path profile = SampleProfiles.copy("default", temp);
		Path splash = profile.resolve("splash.png");
		Files.write(splash, new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 0x10, 'J', 'F', 'I', 'F' });
		ProfileProblem problem = single(SampleProfiles.problemsOf(profile));
		assertEquals(splash, problem.file());
		assertTrue(problem.message().contains("JPEG"), problem.toString());
	}

	@Test
	void f41_windowIconsMustBeSquare() throws IOException {
		Path profile = SampleProfiles.copy("default", temp);
		Files.copy(profile.resolve("splash.png"), profile.resolve("icon-64.png"),
				StandardCopyOption.REPLACE_EXISTING);
		ProfileProblem problem = single(SampleProfiles.problemsOf(profile));
		assertEquals(profile.resolve("icon-64.png"), problem.file());
		assertTrue(problem.message().contains("square"), problem.toString());
	}

	@Test
	void f41_everyProblemIsReportedAtOnce() throws IOException {
		Path profile = SampleProfiles.copy("default", temp);
		Files.delete(profile.resolve("logo.png"));
		SampleProfiles.set(profile, "popup.mode", "sometimes");
		SampleProfiles.set(profile, "language", "fr");
		assertEquals(3, SampleProfiles.problemsOf(profile).size());
	}

	private static ProfileProblem single(List<ProfileProblem> problems) {
		assertEquals(1, problems.size(), () -> "expected one problem, got:\n" + problems);
		return problems.get(0);
	}
}
