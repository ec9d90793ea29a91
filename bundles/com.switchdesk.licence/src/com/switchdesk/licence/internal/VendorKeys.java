package com.switchdesk.licence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * Reads the vendor's Ed25519 public key: a PEM "PUBLIC KEY" block (X.509 SubjectPublicKeyInfo), as written
 * by {@code LicenceTool keygen}. Lines outside the block (such as a "# DEVELOPMENT key" note) are ignored.
 */
public final class VendorKeys {

	/** Where the product keeps the public key inside this bundle; vendors replace this file. */
	public static final String BUNDLED_KEY = "/keys/activation-public-key.pem";
	private static final String BEGIN = "-----BEGIN PUBLIC KEY-----";
	private static final String END = "-----END PUBLIC KEY-----";

	private VendorKeys() {
	}

	/** @return the public key shipped in this bundle */
	public static PublicKey bundled() {
		try (InputStream in = VendorKeys.class.getResourceAsStream(BUNDLED_KEY)) {
			if (in == null) {
				throw new IllegalStateException("the licence bundle lacks its public key " + BUNDLED_KEY);
			}
			return readPem(new String(in.readAllBytes(), StandardCharsets.US_ASCII));
		} catch (IOException e) {
			throw new IllegalStateException("cannot read the bundled public key " + BUNDLED_KEY, e);
		}
	}

	/** @throws IllegalArgumentException if the text holds no valid Ed25519 public key */
	public static PublicKey readPem(String pem) {
		int begin = pem.indexOf(BEGIN);
		int end = pem.indexOf(END);
		if (begin < 0 || end < begin) {
			throw new IllegalArgumentException("no '" + BEGIN + "' block");
		}
		String base64 = pem.substring(begin + BEGIN.length(), end).replaceAll("\\s", "");
		try {
			byte[] der = Base64.getDecoder().decode(base64);
			return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
		} catch (IllegalArgumentException | GeneralSecurityException e) {
			throw new IllegalArgumentException("not an Ed25519 public key", e);
		}
	}
}
