package com.switchdesk.pbx;

/** Why the PBX (or the connector) refused a command. The message of the refusal gives the details. */
public enum RefusalReason {
	/** The device or call is not in a state that allows the command (e.g. answer a call that is not ringing). */
	INVALID_STATE,
	/** No such extension, number, call or group. */
	UNKNOWN_DEVICE,
	/** The operator position lacks the right (transfer, recall, barge-in, pickup...). */
	NO_RIGHT,
	/** Barge-in or force release refused: the target's level is equal to or higher than the operator's. */
	LEVEL_TOO_LOW,
	/** Office extensions' services cannot be changed from the console. */
	OFFICE_EXTENSION,
	/** This PBX model does not support the feature (e.g. system park). */
	NOT_SUPPORTED,
	/** The destination is busy or does not accept calls (do-not-disturb, out of service). */
	BUSY,
	/** The operator phone is not bound to the console (lift the handset and press Bind). */
	NOT_BOUND,
	/** A value in the command is malformed or out of range. */
	INVALID_ARGUMENT,
	/** The link to the PBX is down; nothing was sent. */
	OFFLINE,
	/** The PBX did not answer in time; the command may or may not have been carried out. */
	TIMEOUT
}
