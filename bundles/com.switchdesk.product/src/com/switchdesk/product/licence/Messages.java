package com.switchdesk.product.licence;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	public static String Activation_title;
	public static String Activation_expired;
	public static String Activation_trial;
	public static String Activation_registrationCode;
	public static String Activation_copy;
	public static String Activation_copied;
	public static String Activation_sendTo;
	public static String Activation_code;
	public static String Activation_activate;
	public static String Activation_cancel;
	public static String Activation_empty;
	public static String Result_activated;
	public static String Result_notSaved;
	public static String Result_wrongPc;
	public static String Result_malformed;
	public static String Result_badSignature;
	public static String Status_trial;
	public static String Status_expired;
	public static String Status_activated;
	public static String Hours_lessThanOne;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
