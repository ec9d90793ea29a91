package com.switchdesk.pbx.sim.internal;

import com.switchdesk.pbx.model.Party;
import com.switchdesk.pbx.model.PartyState;

/** One party of a call inside the exchange. */
final class SimParty {

	final String number;
	final boolean external;
	PartyState state;

	SimParty(String number, boolean external, PartyState state) {
		this.number = number;
		this.external = external;
		this.state = state;
	}

	Party toParty() {
		return new Party(number, external, state);
	}
}
