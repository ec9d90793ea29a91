package com.switchdesk.licence.internal;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The activation code format, shared with the vendor tool (releng/licence-tool/LicenceTool.java).
 * <p>
 * An activation code is the registration code it was issued for (20 characters) followed by the vendor's
 * Ed25519 signature over {@link #signedMessage(String)} (64 bytes as 104 characters), all in
 * {@link HumanCode} groups of four. Carrying the registration code lets the console tell "issued for
 * another PC" apart from "mistyped or forged".
 */
public final class ActivationCodes {

	static final int SIGNATURE_BYTES = 64;
	static final int SIGNATURE_CHARS = 104; // 512 bits in 5-bit characters, the last 8 bits zero
	static final int LENGTH = RegistrationCodes.LENGTH + SIGNATURE_CHARS;
	// a purpose prefix so that the vendor key's signatures cannot be reused for anything else
	private static final String PURPOSE = "SwitchDesk activation v1:";

	private ActivationCodes() {
	}

	/** An activation code taken apart; {@code registrationCode} is without dashes. */
	public record Parsed(String registrationCode, byte[] signature) {
	}

	/** @return the bytes the vendor signs for a registration code (any spelling) */
	public static byte[] signedMessage(String registrationCode) {
		return (PURPOSE + HumanCode.normalise(registrationCode)).getBytes(StandardCharsets.US_ASCII);
	}

	/** @return the user-facing activation code for a registration code and the vendor's signature */
	public static String format(String registrationCode, byte[] signature) {
		if (signature.length != SIGNATURE_BYTES) {
			throw new IllegalArgumentException("an Ed25519 signature has 64 bytes, not " + signature.length);
		}
		return HumanCode.group(HumanCode.normalise(registrationCode) + HumanCode.encode(signature, SIGNATURE_CHARS));
	}

	/** @return the parts of a well-formed code, empty if the text cannot be an activation code */
	public static Optional<Parsed> parse(String input) {
		String text = HumanCode.normalise(input);
		if (text.length() != LENGTH || !HumanCode.isInAlphabet(text)) {
			return Optional.empty();
		}
		String registration = text.substring(0, RegistrationCodes.LENGTH);
		return HumanCode.decode(text.substring(RegistrationCodes.LENGTH), SIGNATURE_BYTES)
				.map(signature -> new Parsed(registration, signature));
	}
}
