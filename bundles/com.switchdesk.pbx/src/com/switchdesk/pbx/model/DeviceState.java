package com.switchdesk.pbx.model;

/** The lamp of an extension on the busy-lamp board. */
public enum DeviceState {
	IDLE,
	/** Off-hook, dialing. */
	DIALING,
	/** Calling out; the other end is ringing. */
	CALLING,
	/** Being called. */
	RINGING,
	TALKING,
	/** Its call is on hold (the extension hears music). */
	HELD,
	/** Its call is in a park slot. */
	PARKED,
	/** Do-not-disturb while idle. */
	DND,
	/** Line fault or disabled port. */
	OUT_OF_SERVICE
}
