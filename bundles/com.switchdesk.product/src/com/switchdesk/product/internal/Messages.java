package com.switchdesk.product.internal;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	public static String About_title;
	public static String About_version;
	public static String About_runtime;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
