package com.switchdesk.ui.board;

import org.eclipse.osgi.util.NLS;

/** The board's strings; English in {@code messages.properties}, Simplified Chinese beside it. */
public final class Messages extends NLS {
	public static String NotConnected_title;
	public static String NotConnected_message;
	public static String Counts_idle;
	public static String Counts_talking;
	public static String Counts_ringing;
	public static String Counts_outOfService;
	public static String Counts_tooltip;
	public static String Locate_label;
	public static String Locate_hint;
	public static String Locate_tooltip;
	public static String Locate_notFound;
	public static String Tabs_all;
	public static String Pages_label;
	public static String Pages_of;
	public static String Pages_range;
	public static String Pages_previous;
	public static String Pages_next;
	public static String State_IDLE;
	public static String State_DIALING;
	public static String State_CALLING;
	public static String State_RINGING;
	public static String State_TALKING;
	public static String State_HELD;
	public static String State_PARKED;
	public static String State_DND;
	public static String State_OUT_OF_SERVICE;
	public static String StateLong_IDLE;
	public static String StateLong_DIALING;
	public static String StateLong_CALLING;
	public static String StateLong_RINGING;
	public static String StateLong_TALKING;
	public static String StateLong_HELD;
	public static String StateLong_PARKED;
	public static String StateLong_DND;
	public static String StateLong_OUT_OF_SERVICE;
	public static String Legend_named;
	public static String Legend_unnamed;
	public static String Legend_talking;
	public static String Legend_ringing;
	public static String Legend_held;
	public static String Legend_parked;
	public static String Legend_dnd;
	public static String Legend_outOfService;
	public static String Tile_noName;
	public static String Tile_tooltip;
	public static String Tile_clickDial;
	public static String Tile_clickPickup;
	public static String Tile_clickBargeIn;
	public static String Tile_clickForceRelease;
	public static String Menu_dial;
	public static String Menu_pickup;
	public static String Menu_bargeIn;
	public static String Menu_forceRelease;
	public static String Menu_rename;
	public static String Menu_details;
	public static String Menu_services;
	public static String Rename_title;
	public static String Rename_message;
	public static String Rename_tooLong;
	public static String Rename_failedTitle;
	public static String Rename_failed;
	public static String Pending_PICKUP;
	public static String Pending_BARGE_IN;
	public static String Pending_FORCE_RELEASE;
	public static String Access_board;
	public static String Access_tile;
	public static String Access_dial;

	public static String Details_title;
	public static String Details_number;
	public static String Details_name;
	public static String Details_noName;
	public static String Details_kind;
	public static String Details_operator;
	public static String Details_extension;
	public static String Details_state;
	public static String Details_office;
	public static String Details_yes;
	public static String Details_no;
	public static String Details_close;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
