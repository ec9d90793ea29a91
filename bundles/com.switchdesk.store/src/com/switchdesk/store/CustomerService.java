package com.switchdesk.store;

import java.util.List;
import java.util.Optional;

import com.switchdesk.model.Customer;

/**
 * Customer records (F05) and their search (F06).
 * <p>
 * Rules, checked on every write ({@link #validate} tells the UI the same before saving): a name (at most
 * {@value #MAX_NAME_LENGTH} characters); one to {@value #MAX_NUMBERS} numbers, each valid as a phone number
 * after {@link com.switchdesk.model.PhoneNumbers#normalize normalizing}; an e-mail address, when given, of the
 * form {@code local@domain.tld}; a ringtone id, when given, of letters, digits, '.', '_' and '-'. <b>A number
 * identifies at most one customer</b>: the incoming-call popup must show one card, so a number that already
 * belongs to another customer is refused ({@link ProblemCode#NUMBER_TAKEN}), also when two operators save at
 * the same moment.
 * <p>
 * Reading and searching are allowed to every session; creating, changing and deleting to administrators.
 */
public interface CustomerService {

	int MAX_NAME_LENGTH = 100;
	int MAX_NUMBERS = 10;

	/** How much work a search may do. */
	enum SearchScope {
		/**
		 * Only what the indexes answer at once, whatever the number of customers: the start of the name, of its
		 * pinyin ({@code zhang} → 张三) or of its pinyin initials ({@code zs} → 张三), and the start or the end of
		 * a number. For every keystroke.
		 */
		QUICK,
		/**
		 * QUICK, and then, while fewer than the limit were found, any part of the name, the company or a number.
		 * Reads every customer: fast for thousands of customers, about a second for a million (see
		 * docs/PERFORMANCE.md). For a pause in typing or the Enter key.
		 */
		FULL
	}

	/** Why a customer was found, best first. */
	enum Match {
		NUMBER_START, NUMBER_END, NAME_START, PINYIN, PINYIN_INITIALS, CONTAINS
	}

	/**
	 * One search result.
	 *
	 * @param customer the customer with all numbers
	 * @param match    why it was found
	 */
	record Hit(Customer customer, Match match) {
	}

	/** @return the customer, empty when there is no such id (any more) */
	Optional<Customer> get(OperatorSession session, long id);

	/**
	 * Customers whose name, pinyin or number match {@code text}; the text is taken literally (no wildcards:
	 * '%', '_' and quotes are just characters). Results are ordered by {@link Match}, then as the index gives
	 * them, without duplicates.
	 *
	 * @param text  what the operator typed; blank gives no results
	 * @param scope how much work to do
	 * @param limit at most this many results (1 to 500)
	 */
	List<Hit> search(OperatorSession session, String text, SearchScope scope, int limit);

	/** @return the number of customers */
	long count(OperatorSession session);

	/**
	 * Checks a customer against the rules without storing it, including whether its numbers belong to another
	 * customer (the customer's own id is ignored for that).
	 *
	 * @return the problems; empty when {@link #create} or {@link #update} would accept it
	 */
	List<Problem> validate(Customer customer);

	/**
	 * <i>Administrator</i>: stores a new customer.
	 *
	 * @return a copy with its new id and time stamps
	 * @throws ValidationException the customer breaks a rule
	 */
	Customer create(OperatorSession session, Customer customer);

	/**
	 * <i>Administrator</i>: replaces the stored customer with the same id, numbers included.
	 *
	 * @throws ValidationException the customer breaks a rule or no longer exists
	 *                             ({@link ProblemCode#NOT_FOUND})
	 */
	Customer update(OperatorSession session, Customer customer);

	/**
	 * <i>Administrator</i>: deletes the customer and its numbers.
	 *
	 * @return false when there was no such customer
	 */
	boolean delete(OperatorSession session, long id);
}
