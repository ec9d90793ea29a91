package com.switchdesk.licence.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Protects the stored usage against hand-editing: the value is written with an HMAC-SHA256 keyed from the
 * machine identity, so a changed number, a value copied from another PC, or garbage fails to open. This
 * stops casual tampering only; someone who reads this code can forge a seal, and the activation code, not
 * this, is what actually protects the product.
 * <p>
 * Stored form: {@code 1:<used milliseconds>:<base64url HMAC>}.
 */
public final class UsageSeal {

	private static final String VERSION = "1";
	// a different purpose than the registration code, which is public and must not reveal this key
	private static final String KEY_PURPOSE = "SwitchDesk usage seal v1\n";
	private final byte[] key;

	private UsageSeal(byte[] key) {
		this.key = key;
	}

	/** @return the seal for the PC with this identity ({@link MachineIdentity#read()}) */
	public static UsageSeal forMachine(String machineIdentity) {
		return new UsageSeal(RegistrationCodes.sha256(KEY_PURPOSE + machineIdentity));
	}

	/** @return the text to store for a usage of {@code millis} milliseconds */
	public String seal(long millis) {
		if (millis < 0) {
			throw new IllegalArgumentException("usage cannot be negative: " + millis);
		}
		String payload = VERSION + ":" + millis;
		return payload + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(mac(payload));
	}

	/** @return the milliseconds in a stored text, empty unless it was sealed on this PC and is unchanged */
	public OptionalLong open(String stored) {
		String[] parts = stored.strip().split(":", -1);
		if (parts.length != 3 || !VERSION.equals(parts[0])) {
			return OptionalLong.empty();
		}
		try {
			long millis = Long.parseLong(parts[1]);
			byte[] given = Base64.getUrlDecoder().decode(parts[2]);
			boolean genuine = MessageDigest.isEqual(given, mac(parts[0] + ":" + parts[1]));
			return genuine && millis >= 0 ? OptionalLong.of(millis) : OptionalLong.empty();
		} catch (IllegalArgumentException e) {
			return OptionalLong.empty(); // not a number or not base64: garbage
		}
	}

	private byte[] mac(String payload) {
		try {
			Mac hmac = Mac.getInstance("HmacSHA256");
			hmac.init(new SecretKeySpec(key, "HmacSHA256"));
			return hmac.doFinal(payload.getBytes(StandardCharsets.US_ASCII));
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("every Java runtime has HmacSHA256", e);
		}
	}
}
