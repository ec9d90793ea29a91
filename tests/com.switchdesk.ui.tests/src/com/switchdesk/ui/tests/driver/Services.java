package com.switchdesk.ui.tests.driver;

import java.time.Duration;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** OSGi services of the running product, waited for with a time-out. */
public final class Services {

	private Services() {
	}

	public static <S> S get(Class<S> type) {
		BundleContext context = FrameworkUtil.getBundle(Services.class).getBundleContext();
		ServiceTracker<S, S> tracker = new ServiceTracker<>(context, type, null);
		tracker.open();
		try {
			S service = tracker.waitForService(Duration.ofSeconds(20).toMillis());
			if (service == null) {
				throw new AssertionError("The service " + type.getName() + " did not arrive within 20 s");
			}
			return service;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
	}
}
