package com.switchdesk.licence.internal;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;

/** A vendor with a fresh Ed25519 key pair, issuing activation codes the way the vendor tool does. */
final class TestVendor {

	private final KeyPair keys;

	TestVendor() {
		try {
			keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
		} catch (GeneralSecurityException e) {
			throw new AssertionError("the JDK lacks Ed25519", e);
		}
	}

	PublicKey publicKey() {
		return keys.getPublic();
	}

	String issue(String registrationCode) {
		try {
			Signature signer = Signature.getInstance("Ed25519");
			signer.initSign(keys.getPrivate());
			signer.update(ActivationCodes.signedMessage(registrationCode));
			return ActivationCodes.format(registrationCode, signer.sign());
		} catch (GeneralSecurityException e) {
			throw new AssertionError("cannot sign", e);
		}
	}
}
