package com.switchdesk.pbx.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A call and its parties, in the order they joined (the first is the caller).
 *
 * @param id        the PBX's call id, unique while the PBX runs
 * @param parties   the parties; at least one
 * @param started   when the call was created
 * @param parkSlot  the park slot when parked, "" otherwise
 */
public record Call(String id, List<Party> parties, Instant started, String parkSlot) {

	public Call {
		Objects.requireNonNull(id);
		parties = List.copyOf(parties);
		Objects.requireNonNull(started);
		Objects.requireNonNull(parkSlot);
	}

	public Optional<Party> party(String number) {
		return parties.stream().filter(p -> p.number().equals(number)).findFirst();
	}

	public boolean involves(String number) {
		return party(number).isPresent();
	}

	/** The parties other than {@code number}. */
	public List<Party> others(String number) {
		return parties.stream().filter(p -> !p.number().equals(number)).toList();
	}

	public Party caller() {
		return parties.get(0);
	}

	/** Whether any party is outside the PBX. */
	public boolean isExternal() {
		return parties.stream().anyMatch(Party::external);
	}
}
