package com.switchdesk.callcontrol;

import java.util.Optional;

/**
 * Who is calling: the customer directory's answer for a number (implemented by the store). Optional
 * service: without it, outside callers show their number only.
 * <p>
 * May block briefly (a database lookup); the console calls it off its own thread.
 */
public interface CallerDirectory {

	Optional<CallerInfo> lookup(String number);

	/**
	 * @param name     the customer's name
	 * @param company  the company, "" when none
	 * @param ringtone the customer's ringtone id, "" for the default
	 */
	record CallerInfo(String name, String company, String ringtone) {
	}
}
