package com.switchdesk.product.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.ILog;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.e4.ui.workbench.lifecycle.ProcessAdditions;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.osgi.service.datalocation.Location;
import org.osgi.framework.FrameworkUtil;

/**
 * Start-up hooks of the console application.
 * <p>
 * The operator's window layout is persisted per user by the e4 workbench. A layout saved by an
 * older build of the product can reference parts that no longer exist, so it is dropped when the
 * product version changes; every perspective's pristine layout is kept as a snippet so that
 * <i>Reset perspective</i> can restore it.
 */
public class ConsoleLifeCycle {

	private static final String MODEL_STAMP = ".switchdesk-model-version";

	@PostContextCreate
	void dropLayoutOfOtherVersion() {
		Location instance = Platform.getInstanceLocation();
		if (instance == null || instance.getURL() == null) {
			return;
		}
		Path data = Path.of(instance.getURL().getPath());
		Path stamp = data.resolve(".metadata").resolve(MODEL_STAMP);
		String version = FrameworkUtil.getBundle(getClass()).getVersion().toString();
		try {
			String saved = Files.exists(stamp) ? Files.readString(stamp).strip() : "";
			if (!saved.equals(version)) {
				Files.deleteIfExists(data.resolve(".metadata/.plugins/org.eclipse.e4.workbench/workbench.xmi"));
				Files.createDirectories(stamp.getParent());
				Files.writeString(stamp, version);
			}
		} catch (IOException e) {
			ILog.of(getClass()).warn("Could not check the saved window layout's version: " + e.getMessage(), e);
		}
	}

	@ProcessAdditions
	void keepPristinePerspectives(MApplication application, EModelService models) {
		for (String id : Perspectives.ALL) {
			if (models.findSnippet(application, id) == null) {
				MPerspective perspective = (MPerspective) models.find(id, application);
				if (perspective != null) {
					models.cloneElement(perspective, application);
				}
			}
		}
	}
}
