package com.switchdesk.pbx.sim.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.switchdesk.pbx.Scheduler.Cancellable;
import com.switchdesk.pbx.model.Call;
import com.switchdesk.pbx.model.PartyState;

/** A call inside the exchange, with the links that the call model needs. */
final class SimCall {

	final String id;
	final Instant started;
	final List<SimParty> parties = new ArrayList<>();
	String parkSlot = "";
	/** For a consultation call: the call its device holds meanwhile. */
	String heldCallId;
	/** After a transfer completed while the destination still rang: who transferred, for recall on no answer. */
	String transferredBy;
	/** For a wake-up call: what it is for. */
	WakeUpAttempt wakeUp;
	/** The pending ring time-out or external answer, if any. */
	Cancellable timer;
	/** Whether a trunk line is taken by this call. */
	boolean usesTrunk;

	SimCall(String id, Instant started) {
		this.id = id;
		this.started = started;
	}

	Optional<SimParty> party(String number) {
		return parties.stream().filter(p -> p.number.equals(number)).findFirst();
	}

	SimParty add(String number, boolean external, PartyState state) {
		SimParty party = new SimParty(number, external, state);
		parties.add(party);
		return party;
	}

	boolean isAnswered() {
		return parties.stream().filter(p -> p.state == PartyState.CONNECTED).count() >= 2;
	}

	void cancelTimer() {
		if (timer != null) {
			timer.cancel();
			timer = null;
		}
	}

	Call toCall() {
		return new Call(id, parties.stream().map(SimParty::toParty).toList(), started, parkSlot);
	}
}
