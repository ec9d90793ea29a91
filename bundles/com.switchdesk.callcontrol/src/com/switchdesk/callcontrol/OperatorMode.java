package com.switchdesk.callcontrol;

/** What the operator position is doing, as the status area shows it. */
public enum OperatorMode {
	/** The PBX is not connected. */
	DISCONNECTED,
	/** No operator has logged in at this console. */
	LOGGED_OUT,
	/** Logged in; the operator phone is not bound yet (lift it and press Bind). */
	UNBOUND,
	/** Offline (坐席离线): the console is locked, calls go to the hunt group. */
	LOCKED,
	IDLE,
	/** A call rings or waits and the operator is free to answer. */
	RINGING,
	/** After hookflash: the caller hears music, the operator dials a third party. */
	DIALING,
	/** Calling out; the other end rings. */
	CALLING,
	TALKING,
	/** Transfer by dialing: the caller is held while the third party rings or talks with the operator. */
	CONSULTING,
	/** Three-way call. */
	CONFERENCE
}
