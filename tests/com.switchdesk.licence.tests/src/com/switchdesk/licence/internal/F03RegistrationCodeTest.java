package com.switchdesk.licence.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** F03: the registration code identifies the PC, is stable, and is easy to read out and type. */
class F03RegistrationCodeTest {

	private static final String CODE_SHAPE = "([A-HJ-NP-Z2-9]{4}-){4}[A-HJ-NP-Z2-9]{4}";

	@Test
	void f03_registrationCodeHasFiveGroupsOfUnambiguousCharacters() {
		String code = RegistrationCodes.derive(LicenceFixture.THIS_PC);

		assertTrue(code.matches(CODE_SHAPE), code);
		assertFalse(code.matches(".*[01IO].*"), "no 0/O or 1/I to confuse");
	}

	@Test
	void f03_registrationCodeIsStableAcrossRestarts(@TempDir Path home) {
		LicenceFixture pc = new LicenceFixture(home);

		assertEquals(pc.start().registrationCode(), pc.start().registrationCode());
		assertEquals(RegistrationCodes.derive(LicenceFixture.THIS_PC), pc.start().registrationCode());
	}

	@Test
	void f03_differentPcsGetDifferentRegistrationCodes() {
		assertNotEquals(RegistrationCodes.derive(LicenceFixture.THIS_PC),
				RegistrationCodes.derive(LicenceFixture.OTHER_PC));
	}

	@Test
	void f03_thisMachinesIdentityIsStableAndNotBlank() {
		String identity = MachineIdentity.read();

		assertFalse(identity.isBlank());
		assertEquals(identity, MachineIdentity.read());
		assertTrue(RegistrationCodes.derive(identity).matches(CODE_SHAPE));
	}

	@Test
	void f03_humanCodeRoundTripsAnyBytes() {
		Random random = new Random(3);
		for (int length = 1; length <= 64; length++) {
			byte[] data = new byte[length];
			random.nextBytes(data);
			int chars = (length * 8 + 4) / 5;

			String text = HumanCode.encode(data, chars);

			assertArrayEquals(data, HumanCode.decode(text, length).orElseThrow(), "length " + length);
		}
	}

	@Test
	void f03_humanCodeGroupsAndNormalises() {
		assertEquals("ABCD-EFGH-JK", HumanCode.group("ABCDEFGHJK"));
		assertEquals("ABCDEFGHJK", HumanCode.normalise(" abcd-efgh\tjk\n"));
	}
}
