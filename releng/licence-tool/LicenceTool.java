import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * SwitchDesk vendor tool: issues activation codes (Ed25519 signatures over registration codes). Not part of
 * the product. Plain JDK (17 or newer), run as a single source file; see README.md beside it.
 * <p>
 * The code format must match com.switchdesk.licence.internal.ActivationCodes and HumanCode in the licence
 * bundle: registration code (20 characters) + signature (104 characters), alphabet without 0/O and 1/I,
 * groups of four. The licence tests verify a code issued by this tool, so a drift shows up there.
 */
public final class LicenceTool {

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
	private static final String PURPOSE = "SwitchDesk activation v1:";
	private static final int REGISTRATION_CHARS = 20;
	private static final int SIGNATURE_CHARS = 104;
	private static final String PRIVATE_FILE = "activation-private-key.pem";
	private static final String PUBLIC_FILE = "activation-public-key.pem";
	private static final Path TOOL_FOLDER = toolFolder();
	private static final Path DEV_PRIVATE_KEY = TOOL_FOLDER.resolve("dev-keys").resolve(PRIVATE_FILE);
	private static final Path PRODUCT_PUBLIC_KEY = TOOL_FOLDER
			.resolve("../../bundles/com.switchdesk.licence/keys").resolve(PUBLIC_FILE).normalize();

	public static void main(String[] args) throws Exception {
		List<String> words = new ArrayList<>(List.of(args));
		String key = option(words, "--key");
		String expectedRegistration = option(words, "--for");
		String command = words.isEmpty() ? "help" : words.remove(0);
		String argument = String.join("", words); // a code pasted with spaces arrives as several words
		int exit = switch (command) {
		case "keygen" -> keygen(Path.of(argument.isEmpty() ? "." : argument));
		case "issue" -> issue(argument, key == null ? DEV_PRIVATE_KEY : Path.of(key));
		case "verify" -> verify(argument, key == null ? PRODUCT_PUBLIC_KEY : Path.of(key), expectedRegistration);
		default -> usage();
		};
		System.exit(exit);
	}

	private static int usage() {
		System.err.println("""
				usage: java LicenceTool.java keygen <folder>
				       java LicenceTool.java issue <registration-code> [--key <private-key.pem>]
				       java LicenceTool.java verify <activation-code> [--key <public-key.pem>] [--for <registration-code>]
				defaults: issue uses dev-keys/%s (DEVELOPMENT key),
				          verify uses the key the product embeds, %s"""
				.formatted(PRIVATE_FILE, PRODUCT_PUBLIC_KEY));
		return 2;
	}

	/** Writes a new key pair; refuses to overwrite, since losing a private key orphans every code issued. */
	private static int keygen(Path folder) throws IOException, GeneralSecurityException {
		Path privateFile = folder.resolve(PRIVATE_FILE);
		Path publicFile = folder.resolve(PUBLIC_FILE);
		if (Files.exists(privateFile) || Files.exists(publicFile)) {
			System.err.println("refusing to overwrite an existing key in " + folder);
			return 1;
		}
		KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
		Files.createDirectories(folder);
		Files.writeString(privateFile, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
		Files.writeString(publicFile, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
		System.out.println("private key (keep secret, never commit): " + privateFile);
		System.out.println("public key (copy over the product's " + PUBLIC_FILE + "): " + publicFile);
		return 0;
	}

	private static int issue(String registrationCode, Path privateKeyFile) throws Exception {
		String registration = normalise(registrationCode);
		if (registration.length() != REGISTRATION_CHARS || !inAlphabet(registration)) {
			System.err.println("not a registration code (5 groups of 4 characters from " + ALPHABET + "): "
					+ registrationCode);
			return 2;
		}
		String keyText = Files.readString(privateKeyFile, StandardCharsets.US_ASCII);
		if (keyText.contains("DEVELOPMENT")) {
			System.err.println("warning: signing with the DEVELOPMENT key " + privateKeyFile
					+ "; only products built with the development public key accept this code");
		}
		PrivateKey key = KeyFactory.getInstance("Ed25519")
				.generatePrivate(new PKCS8EncodedKeySpec(pemBody(keyText, "PRIVATE KEY")));
		Signature signer = Signature.getInstance("Ed25519");
		signer.initSign(key);
		signer.update((PURPOSE + registration).getBytes(StandardCharsets.US_ASCII));
		System.out.println(group(registration + encode(signer.sign(), SIGNATURE_CHARS)));
		return 0;
	}

	private static int verify(String activationCode, Path publicKeyFile, String expectedRegistration)
			throws Exception {
		String code = normalise(activationCode);
		if (code.length() != REGISTRATION_CHARS + SIGNATURE_CHARS || !inAlphabet(code)) {
			System.out.println("MALFORMED: not an activation code");
			return 1;
		}
		String registration = code.substring(0, REGISTRATION_CHARS);
		byte[] signature = decode(code.substring(REGISTRATION_CHARS));
		PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(
				new X509EncodedKeySpec(pemBody(Files.readString(publicKeyFile, StandardCharsets.US_ASCII), "PUBLIC KEY")));
		Signature verifier = Signature.getInstance("Ed25519");
		verifier.initVerify(key);
		verifier.update((PURPOSE + registration).getBytes(StandardCharsets.US_ASCII));
		if (!verifier.verify(signature)) {
			System.out.println("BAD SIGNATURE: not issued with the key matching " + publicKeyFile);
			return 1;
		}
		if (expectedRegistration != null && !normalise(expectedRegistration).equals(registration)) {
			System.out.println("WRONG PC: valid, but issued for registration code " + group(registration));
			return 1;
		}
		System.out.println("VALID for registration code " + group(registration) + " (key " + publicKeyFile + ")");
		return 0;
	}

	private static String encode(byte[] data, int chars) {
		StringBuilder text = new StringBuilder();
		for (int bit = 0; bit < chars * 5; bit += 5) {
			int value = 0;
			for (int b = bit; b < bit + 5; b++) {
				int bitValue = b / 8 < data.length ? data[b / 8] >> (7 - b % 8) & 1 : 0;
				value = value << 1 | bitValue;
			}
			text.append(ALPHABET.charAt(value));
		}
		return text.toString();
	}

	/** Inverse of encode for a 64-byte signature; extra padding bits are dropped (the product checks them). */
	private static byte[] decode(String text) {
		byte[] out = new byte[64];
		for (int c = 0; c < text.length(); c++) {
			int value = ALPHABET.indexOf(text.charAt(c));
			for (int b = 0; b < 5; b++) {
				int bit = c * 5 + b;
				if (bit < 512 && (value >> (4 - b) & 1) == 1) {
					out[bit / 8] |= (byte) (0x80 >>> (bit % 8));
				}
			}
		}
		return out;
	}

	private static String normalise(String input) {
		return input.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
	}

	private static boolean inAlphabet(String text) {
		return text.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
	}

	private static String group(String text) {
		return String.join("-", text.split("(?<=\\G.{4})"));
	}

	private static String pem(String type, byte[] der) {
		String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
		return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
	}

	private static byte[] pemBody(String text, String type) {
		String begin = "-----BEGIN " + type + "-----";
		String end = "-----END " + type + "-----";
		int from = text.indexOf(begin);
		int to = text.indexOf(end);
		if (from < 0 || to < from) {
			throw new IllegalArgumentException("no " + begin + " block in the key file");
		}
		return Base64.getMimeDecoder().decode(text.substring(from + begin.length(), to));
	}

	private static String option(List<String> words, String name) {
		int index = words.indexOf(name);
		if (index < 0 || index + 1 >= words.size()) {
			return null;
		}
		String value = words.get(index + 1);
		words.subList(index, index + 2).clear();
		return value;
	}

	private static Path toolFolder() {
		String source = System.getProperty("jdk.launcher.sourcefile"); // set by `java LicenceTool.java`
		Path file = source == null ? Path.of("LicenceTool.java") : Path.of(source);
		Path folder = file.toAbsolutePath().getParent();
		return folder == null ? Path.of(".").toAbsolutePath() : folder;
	}
}
