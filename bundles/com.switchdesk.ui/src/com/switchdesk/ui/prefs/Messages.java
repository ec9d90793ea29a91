package com.switchdesk.ui.prefs;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	public static String Page_title;
	public static String Language_title;
	public static String Language_description;
	public static String Language_system;
	public static String Language_now;
	public static String Language_error;
	public static String Page_description;
	public static String Connector;
	public static String Connector_sim;
	public static String Connector_serial;
	public static String Serial_group;
	public static String Serial_port;
	public static String Serial_portTip;
	public static String Serial_baud;
	public static String Serial_dataBits;
	public static String Serial_parity;
	public static String Serial_stopBits;
	public static String Parity_none;
	public static String Parity_even;
	public static String Parity_odd;
	public static String Sim_group;
	public static String Sim_traffic;
	public static String Sim_trafficTip;
	public static String Current;
	public static String Error_portNeeded;
	public static String Error_apply;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
