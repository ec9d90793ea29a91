package com.switchdesk.licence.internal;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Objects;
import java.util.Optional;

import com.switchdesk.licence.ActivationResult;

/** Checks activation codes offline against the vendor's Ed25519 public key. Stateless and thread-safe. */
public final class ActivationVerifier {

	private final PublicKey vendorKey;

	public ActivationVerifier(PublicKey vendorKey) {
		this.vendorKey = Objects.requireNonNull(vendorKey, "vendorKey");
	}

	/**
	 * @param activationCode   as typed by the user
	 * @param registrationCode this PC's registration code, any spelling
	 * @return {@link ActivationResult#ACTIVATED} for a genuine code for this PC, otherwise why not; never
	 *         {@link ActivationResult#ACTIVATED_NOT_SAVED}, which is about storage
	 */
	public ActivationResult check(String activationCode, String registrationCode) {
		Optional<ActivationCodes.Parsed> parsed = ActivationCodes.parse(activationCode);
		if (parsed.isEmpty()) {
			return ActivationResult.MALFORMED;
		}
		String issuedFor = parsed.get().registrationCode();
		// the signature is checked first: an unsigned code says nothing trustworthy about its PC
		if (!signatureMatches(issuedFor, parsed.get().signature())) {
			return ActivationResult.BAD_SIGNATURE;
		}
		if (!issuedFor.equals(HumanCode.normalise(registrationCode))) {
			return ActivationResult.WRONG_PC;
		}
		return ActivationResult.ACTIVATED;
	}

	private boolean signatureMatches(String registrationCode, byte[] signature) {
		try {
			Signature verifier = Signature.getInstance("Ed25519");
			verifier.initVerify(vendorKey);
			verifier.update(ActivationCodes.signedMessage(registrationCode));
			return verifier.verify(signature);
		} catch (GeneralSecurityException e) {
			// a signature the provider cannot even decode is as bad as a wrong one
			return false;
		}
	}
}
