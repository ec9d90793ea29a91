package com.switchdesk.ui.accounts;

import org.eclipse.osgi.util.NLS;

/** The texts of the accounts view and the login log, in English and Simplified Chinese. */
public final class Messages extends NLS {
	public static String Accounts_title;
	public static String Accounts_noStore;
	public static String Accounts_new;
	public static String Accounts_edit;
	public static String Accounts_reset;
	public static String Accounts_delete;
	public static String Accounts_colLogin;
	public static String Accounts_colName;
	public static String Accounts_colRole;
	public static String Accounts_colState;
	public static String Accounts_colPassword;
	public static String Accounts_enabled;
	public static String Accounts_disabled;
	public static String Accounts_mustChange;
	public static String Accounts_created;
	public static String Accounts_saved;
	public static String Accounts_passwordSet;
	public static String Accounts_deleteTitle;
	public static String Accounts_deleteQuestion;
	public static String Accounts_deleted;
	public static String Account_newTitle;
	public static String Account_editTitle;
	public static String Account_editHeading;
	public static String Account_newMessage;
	public static String Account_editMessage;
	public static String Account_login;
	public static String Account_displayName;
	public static String Account_role;
	public static String Account_password;
	public static String Account_confirm;
	public static String Account_enabled;
	public static String Account_mismatch;
	public static String Account_save;
	public static String Password_title;
	public static String Password_heading;
	public static String Password_message;
	public static String Password_set;
	public static String Role_OPERATOR;
	public static String Role_ADMINISTRATOR;
	public static String LoginLog_title;
	public static String LoginLog_searchHint;
	public static String LoginLog_from;
	public static String LoginLog_to;
	public static String LoginLog_search;
	public static String LoginLog_colTime;
	public static String LoginLog_colExtension;
	public static String LoginLog_colAccount;
	public static String LoginLog_colResult;
	public static String LoginLog_count;
	public static String LoginLog_newest;
	public static String LoginLog_none;
	public static String Result_SUCCESS;
	public static String Result_WRONG_PASSWORD;
	public static String Result_UNKNOWN_ACCOUNT;
	public static String Result_NOT_AN_OPERATOR_POSITION;
	public static String Result_UNKNOWN_EXTENSION;
	public static String Result_LOGOUT;
	public static String Result_DISABLED;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
