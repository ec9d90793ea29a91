package com.switchdesk.pbx.model;

import java.util.Objects;

/**
 * One party of a call.
 *
 * @param number   extension number, or the external number as delivered by the trunk
 * @param external true for a party outside the PBX (reached over a trunk)
 * @param state    its connection state
 */
public record Party(String number, boolean external, PartyState state) {

	public Party {
		Objects.requireNonNull(number);
		Objects.requireNonNull(state);
	}

	public Party withState(PartyState newState) {
		return new Party(number, external, newState);
	}
}
