package com.switchdesk.product.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;

/**
 * The operator's window layout, which the e4 workbench saves per user in
 * {@code <data>/.metadata/.plugins/org.eclipse.e4.workbench/workbench.xmi} and restores on the next start.
 * <p>
 * A saved layout is a full copy of the application model, so after an upgrade that changed
 * {@code Application.e4xmi} it would hide the new parts and menus. It is therefore dropped when the
 * application model it was saved from differs from this build's (a fingerprint of the file is kept beside
 * it); an upgrade that leaves the model alone keeps the operators' layouts.
 */
final class SavedLayout {

	private static final String STAMP = ".switchdesk-model-fingerprint";
	private static final String SAVED_MODEL = ".metadata/.plugins/org.eclipse.e4.workbench/workbench.xmi";

	private SavedLayout() {
	}

	static void dropIfModelChanged() {
		Location instance = Platform.getInstanceLocation();
		if (instance == null || instance.getURL() == null) {
			return;
		}
		Path data = Path.of(instance.getURL().getPath());
		Path stamp = data.resolve(".metadata").resolve(STAMP);
		try {
			String fingerprint = fingerprint(SavedLayout.class.getResource("/Application.e4xmi"));
			String saved = Files.exists(stamp) ? Files.readString(stamp).strip() : "";
			if (!saved.equals(fingerprint)) {
				Files.deleteIfExists(data.resolve(SAVED_MODEL));
				Files.createDirectories(stamp.getParent());
				Files.writeString(stamp, fingerprint);
			}
		} catch (IOException e) {
			ILog.of(SavedLayout.class).warn("Could not compare the saved window layout with this version: "
					+ e.getMessage(), e);
		}
	}

	private static String fingerprint(URL model) throws IOException {
		try (InputStream in = model.openStream()) {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java has SHA-256", e);
		}
	}
}
