package com.switchdesk.product.internal;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	public static String About_title;
	public static String About_version;
	public static String About_runtime;
	public static String About_contact;
	public static String About_activate;
	public static String About_close;
	public static String Splash_starting;
	public static String Profile_problemsTitle;
	public static String Profile_problems;
	public static String Licence_missingTitle;
	public static String Licence_missing;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
