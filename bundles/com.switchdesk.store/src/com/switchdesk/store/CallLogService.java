package com.switchdesk.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.switchdesk.model.CallDirection;
import com.switchdesk.model.CallOutcome;
import com.switchdesk.model.CallRecord;

/**
 * The call log (F10): every call the console handled, searchable, with what is needed to dial back. Every
 * session may record and read it.
 */
public interface CallLogService {

	/**
	 * What to look for; null fields do not filter.
	 *
	 * @param from      calls that started at or after this time
	 * @param to        calls that started before this time
	 * @param direction only calls of this direction
	 * @param outcome   only calls with this outcome
	 * @param text      only calls where a number contains these digits or the customer's name contains this
	 *                  text; taken literally
	 * @param limit     at most this many (1 to 10,000), newest first
	 */
	record Query(Instant from, Instant to, CallDirection direction, CallOutcome outcome, String text, int limit) {

		/** The newest calls, unfiltered. */
		public static Query latest(int limit) {
			return new Query(null, null, null, null, null, limit);
		}
	}

	/**
	 * One line of the log, with the dial-back data.
	 *
	 * @param call           the stored call, with its id
	 * @param dialBackNumber the other party's number as the PBX gave it (the caller of an inbound call, the called
	 *                       number of an outbound or internal one); "" when unknown
	 * @param customerName   the name of the customer owning that number now, when there is one
	 */
	record Entry(CallRecord call, String dialBackNumber, Optional<String> customerName) {
	}

	/**
	 * Appends a call to the log.
	 *
	 * @return a copy with its id
	 * @throws ValidationException no start time, no direction, or a negative duration
	 */
	CallRecord record(OperatorSession session, CallRecord call);

	/** @return the matching calls, newest first */
	List<Entry> search(OperatorSession session, Query query);
}
