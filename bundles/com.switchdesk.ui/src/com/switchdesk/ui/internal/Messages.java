package com.switchdesk.ui.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
	public static String Keypad_title;
	public static String Keypad_placeholder;
	public static String Customers_title;
	public static String Customers_placeholder;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
