package com.switchdesk.pbx.sim.internal;

/** The timed reactions of the call model, started by routing. */
interface Timers {

	/** Starts the ring time-out of an extension that was just alerted. */
	void ringTimeout(SimCall call, String ringing);

	/** A called external number answers after the configured delay. */
	void externalAnswersLater(SimCall call, String external);
}
