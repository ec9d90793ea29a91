package com.switchdesk.store;

import java.util.Set;

/**
 * The PBX's answer to "may an operator log in at this extension?" (F01). Whether an extension is an operator
 * position is known to the PBX, not to the store: the UI passes what call control reports, so the store never
 * talks to the PBX itself.
 * <p>
 * Called once per {@link AccountService#login login}, on the caller's thread; must return quickly.
 */
@FunctionalInterface
public interface OperatorPositions {

	/** What an extension number is. */
	enum Position {
		/** an operator position: logins are allowed here */
		OPERATOR_POSITION,
		/** an extension that exists but is not an operator position */
		OTHER_EXTENSION,
		/** no such extension on the PBX */
		UNKNOWN_EXTENSION
	}

	/**
	 * @param extension the extension typed in the login dialog, trimmed
	 * @return what the PBX knows about it; never null
	 */
	Position check(String extension);

	/**
	 * Positions from a known list, for example the operator positions read from the PBX configuration.
	 *
	 * @param operatorPositions the operator positions
	 * @param allExtensions     every extension of the PBX, to tell "not an operator position" from "no such
	 *                          extension"; may be empty when unknown (then anything else is
	 *                          {@link Position#OTHER_EXTENSION})
	 */
	static OperatorPositions of(Set<String> operatorPositions, Set<String> allExtensions) {
		Set<String> positions = Set.copyOf(operatorPositions);
		Set<String> all = Set.copyOf(allExtensions);
		return extension -> {
			if (positions.contains(extension)) {
				return Position.OPERATOR_POSITION;
			}
			return all.isEmpty() || all.contains(extension) ? Position.OTHER_EXTENSION : Position.UNKNOWN_EXTENSION;
		};
	}
}
