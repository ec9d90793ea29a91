package com.switchdesk.product.internal;

import java.awt.SplashScreen;

import org.eclipse.core.runtime.ILog;

/**
 * The picture the Java launcher itself shows when the launcher scripts pass {@code -splash:<profile's
 * splash>}: drawn before any Java code runs, it covers the seconds the OSGi framework needs to start,
 * which no SWT window can (there is no native Eclipse launcher on Maven Central). Java closes it only when
 * an AWT window opens, which never happens in an SWT application, so the console closes it as soon as its
 * own splash is on screen.
 */
final class JvmSplash {

	private JvmSplash() {
	}

	static void close() {
		try {
			SplashScreen splash = SplashScreen.getSplashScreen();
			if (splash != null) {
				splash.close();
			}
		} catch (LinkageError | RuntimeException e) {
			// no java.desktop in this runtime, or no display for AWT: then there was no splash either
			ILog.of(JvmSplash.class).info("No Java launcher splash to close: " + e);
		}
	}
}
