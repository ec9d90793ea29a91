package com.switchdesk.ui.login;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	public static String Login_title;
	public static String Login_heading;
	public static String Login_extension;
	public static String Login_extensionTip;
	public static String Login_account;
	public static String Login_password;
	public static String Login_login;
	public static String Login_exit;
	public static String Login_cancel;
	public static String Login_working;
	public static String Login_missing;
	public static String Login_pbxOffline;
	public static String Login_noStore;
	public static String Login_failed;
	public static String Change_title;
	public static String Change_message;
	public static String Change_new;
	public static String Change_repeat;
	public static String Change_mismatch;
	public static String Change_ok;
	public static String Logout_title;
	public static String Logout_callsInProgress;
	public static String Status_loggedOut;
	public static String Status_loggedIn;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
