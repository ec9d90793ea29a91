package com.switchdesk.ui.tests.licence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The vendor's licence tool ({@code releng/licence-tool/LicenceTool.java}), run as the vendor runs it, with
 * the repository's development key: the codes it issues are exactly what a customer receives.
 */
final class VendorTool {

	private VendorTool() {
	}

	static Path repository() {
		String repo = System.getProperty("switchdesk.repo");
		if (repo == null) {
			throw new IllegalStateException("Set -Dswitchdesk.repo=<repository root> (the pom's surefire argLine does)");
		}
		return Path.of(repo).toAbsolutePath().normalize();
	}

	/**
	 * @return whether the product embeds the development public key, i.e. whether codes issued with the
	 *         development private key can activate it (a production build embeds the vendor's own key)
	 */
	static boolean productUsesDevelopmentKey() throws IOException {
		Path dev = repository().resolve("releng/licence-tool/dev-keys/activation-public-key.pem");
		Path bundled = repository().resolve("bundles/com.switchdesk.licence/keys/activation-public-key.pem");
		return Files.readString(dev).strip().equals(Files.readString(bundled).strip());
	}

	/** Issues an activation code for a registration code with the development key. */
	static String issue(String registrationCode) throws IOException, InterruptedException {
		String java = ProcessHandle.current().info().command().orElse("java");
		Process tool = new ProcessBuilder(java, repository().resolve("releng/licence-tool/LicenceTool.java").toString(),
				"issue", registrationCode).redirectError(ProcessBuilder.Redirect.DISCARD).start();
		String output = new String(tool.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
		if (!tool.waitFor(60, TimeUnit.SECONDS) || tool.exitValue() != 0 || output.isEmpty()) {
			throw new AssertionError("the licence tool did not issue a code for " + registrationCode + ": " + output);
		}
		return output;
	}
}
