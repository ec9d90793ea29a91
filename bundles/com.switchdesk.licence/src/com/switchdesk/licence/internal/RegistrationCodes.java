package com.switchdesk.licence.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Turns a machine identity ({@link MachineIdentity}) into the registration code the user sends to the
 * vendor: 100 bits of a SHA-256 hash, as 20 characters in five groups.
 */
public final class RegistrationCodes {

	/** Characters in a registration code without dashes. */
	public static final int LENGTH = 20;
	// a purpose prefix keeps this hash unrelated to the usage-seal key hashed from the same identity
	private static final String PURPOSE = "SwitchDesk registration code v1\n";

	private RegistrationCodes() {
	}

	/** @return the grouped registration code, e.g. {@code ABCD-EFGH-JKLM-NPQR-STUV} */
	public static String derive(String machineIdentity) {
		byte[] hash = sha256(PURPOSE + machineIdentity);
		return HumanCode.group(HumanCode.encode(hash, LENGTH));
	}

	static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
	}
}
