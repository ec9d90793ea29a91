package com.switchdesk.callcontrol;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.switchdesk.pbx.model.Extension;

/**
 * The busy-lamp board: every extension of the PBX with its lamp and user name, kept current from
 * PBX events. Reads are cheap and never block; built for 10,000 extensions and 500 changes a second.
 */
public interface ExtensionBoard {

	/** Every extension, sorted by number (numerically where numbers are digits). */
	List<Extension> extensions();

	Optional<Extension> extension(String number);

	/** How many extensions show each kind of lamp, for the counters above the board. */
	BoardCounts counts();

	/**
	 * Adds a listener. Its calls come on the call-control thread: {@code reset()} when the whole board
	 * was replaced (a snapshot after connecting), {@code changed(numbers)} for individual changes.
	 */
	void addListener(Listener listener);

	void removeListener(Listener listener);

	/** Board changes; must return quickly and never block (hand over to the display thread, coalesced). */
	interface Listener {
		void reset();

		void changed(Set<String> numbers);
	}

	/** Numbers by lamp: idle, talking (incl. dialing, calling, held, parked), ringing, out of service (incl. DND). */
	record BoardCounts(int idle, int talking, int ringing, int outOfService) {
		public int total() {
			return idle + talking + ringing + outOfService;
		}
	}

}
