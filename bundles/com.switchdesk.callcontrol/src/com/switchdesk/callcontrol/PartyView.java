package com.switchdesk.callcontrol;

import java.util.Objects;

import com.switchdesk.pbx.model.PartyState;

/**
 * A party of one of the operator's calls, as the console shows it.
 *
 * @param number   its number
 * @param name     the extension's user name or the customer's name; "" when unknown
 * @param external an outside party
 * @param state    its connection state
 */
public record PartyView(String number, String name, boolean external, PartyState state) {

	public PartyView {
		Objects.requireNonNull(number);
		Objects.requireNonNull(name);
		Objects.requireNonNull(state);
	}

	/** "name (number)" or the number. */
	public String label() {
		return name.isBlank() ? number : name + " (" + number + ")";
	}
}
