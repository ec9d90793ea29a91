package com.switchdesk.pbx.model;

import java.util.Objects;

/**
 * Where the operator position's calls go while forwarded (operator forwarding, case 1).
 *
 * @param number   the destination
 * @param external true when the destination is outside the PBX (dialed over a trunk)
 */
public record Forwarding(String number, boolean external) {

	public Forwarding {
		Objects.requireNonNull(number);
		if (number.isBlank()) {
			throw new IllegalArgumentException("A forwarding number is required");
		}
	}
}
