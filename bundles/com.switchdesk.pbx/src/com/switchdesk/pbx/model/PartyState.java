package com.switchdesk.pbx.model;

/** The state of one party's connection to a call (CSTA connection states). */
public enum PartyState {
	/** Dialing or waiting for the call to be delivered. */
	INITIATED,
	/** Being alerted: its phone rings (or, at an operator position, the call waits to be answered). */
	ALERTING,
	/** Waiting in the operator queue (call waiting in operator mode) while the operator is busy. */
	QUEUED,
	/** Talking. */
	CONNECTED,
	/** On hold: hears music. */
	HELD,
	/** Has put the call on hold, and may meanwhile make or take another call. */
	HOLDING,
	/** In a park slot: hears music until someone retrieves it. */
	PARKED,
	/** The attempt failed (busy, unreachable); the call is about to clear. */
	FAILED
}
