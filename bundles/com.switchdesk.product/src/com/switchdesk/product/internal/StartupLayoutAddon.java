package com.switchdesk.product.internal;

import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.event.Event;

/**
 * Lays each window out once more when the workbench has started. The renderer lays the window out
 * before its menu bar exists; the menu bar then takes its height from the client area without a
 * resize, and the status line at the bottom ended up below the window's edge until the first
 * resize (seen on GTK under Xvfb).
 */
public class StartupLayoutAddon {

	@Inject
	@Optional
	void startupComplete(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Event event,
			MApplication application) {
		for (MWindow window : application.getChildren()) {
			if (window.getWidget() instanceof Shell shell && !shell.isDisposed()) {
				shell.layout(true, true);
			}
		}
	}
}
