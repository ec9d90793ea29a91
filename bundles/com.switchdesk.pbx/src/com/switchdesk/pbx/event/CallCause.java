package com.switchdesk.pbx.event;

/** What happened to a call (named after ECMA-269 events where one exists). */
public enum CallCause {
	/** A party went off-hook and dialed (ServiceInitiated/Originated). */
	ORIGINATED,
	/** The called party is alerted: its phone rings (Delivered). */
	DELIVERED,
	/** The call waits in an operator queue (Queued). */
	QUEUED,
	/** A party answered (Established). */
	ESTABLISHED,
	HELD,
	RETRIEVED,
	/** A consultation call to a third party was started. */
	CONSULTATION,
	/** A consultation was dropped and the held call retrieved (recall). */
	RECONNECTED,
	TRANSFERRED,
	CONFERENCED,
	/** Sent elsewhere: deflected, forwarded, or routed by the night plan or a hunt group (Diverted). */
	DIVERTED,
	/** Answered by another extension than the one alerted. */
	PICKED_UP,
	/** A third party barged in. */
	INTRUDED,
	PARKED,
	UNPARKED,
	/** DTMF digits were sent into the call. */
	DIGITS_SENT,
	/** The call ended normally. */
	NORMAL_CLEARING,
	/** Released by another extension's force release. */
	FORCE_RELEASED,
	/** The destination was busy or refused calls. */
	BUSY,
	/** The number does not exist or cannot be reached. */
	UNREACHABLE,
	/** Nobody answered in time. */
	NO_ANSWER,
	/** The PBX restarted; every call was lost. */
	PBX_RESTART
}
