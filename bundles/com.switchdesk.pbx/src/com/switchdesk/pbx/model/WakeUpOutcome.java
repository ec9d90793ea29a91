package com.switchdesk.pbx.model;

public enum WakeUpOutcome {
	/** The guest answered. */
	ANSWERED,
	/** It rang without answer (a retry may follow). */
	NO_ANSWER,
	/** The extension was busy (a retry may follow). */
	BUSY,
	/** All attempts failed. */
	FAILED
}
