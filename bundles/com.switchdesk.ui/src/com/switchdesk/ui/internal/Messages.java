package com.switchdesk.ui.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
	public static String Keypad_title;
	public static String Keypad_placeholder;
	public static String Board_title;
	public static String Board_placeholder;
	public static String Queue_title;
	public static String Queue_placeholder;
	public static String Customers_title;
	public static String Customers_placeholder;
	public static String Services_title;
	public static String Services_placeholder;
	public static String WakeUp_title;
	public static String WakeUp_placeholder;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
