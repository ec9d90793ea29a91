package com.switchdesk.store.internal.account;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA256 with a random 16-byte salt and a 256-bit result, stored as Base64 together with the
 * iteration count, so that the count can grow later (a login with an older count re-hashes the password).
 * One hash at 600,000 iterations takes about 0.15 s on our build machines (docs/store.md).
 */
public final class PasswordHasher {

	/** The stored form of a password. */
	public record Hash(String hash, String salt, int iterations) {
	}

	private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
	private static final int SALT_BYTES = 16;
	private static final int KEY_BITS = 256;

	private final int iterations;
	private final SecureRandom random = new SecureRandom();

	public PasswordHasher(int iterations) {
		this.iterations = iterations;
	}

	public int iterations() {
		return iterations;
	}

	public Hash hash(char[] password) {
		byte[] salt = new byte[SALT_BYTES];
		random.nextBytes(salt);
		byte[] key = derive(password, salt, iterations);
		return new Hash(Base64.getEncoder().encodeToString(key), Base64.getEncoder().encodeToString(salt), iterations);
	}

	/** Compares in constant time. */
	public boolean matches(char[] password, Hash stored) {
		byte[] expected = Base64.getDecoder().decode(stored.hash());
		byte[] actual = derive(password, Base64.getDecoder().decode(stored.salt()), stored.iterations());
		return MessageDigest.isEqual(expected, actual);
	}

	private static byte[] derive(char[] password, byte[] salt, int iterations) {
		PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, KEY_BITS);
		try {
			return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException(ALGORITHM + " is part of every Java runtime", e);
		} finally {
			spec.clearPassword();
		}
	}

	/** Overwrites a password once it is no longer needed. */
	public static void wipe(char[] password) {
		if (password != null) {
			Arrays.fill(password, '\0');
		}
	}
}
