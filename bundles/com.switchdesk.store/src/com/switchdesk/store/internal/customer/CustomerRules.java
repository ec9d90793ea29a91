package com.switchdesk.store.internal.customer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.switchdesk.model.Customer;
import com.switchdesk.model.PhoneNumber;
import com.switchdesk.model.PhoneNumbers;
import com.switchdesk.store.CustomerService;
import com.switchdesk.store.Problem;
import com.switchdesk.store.ProblemCode;
import com.switchdesk.store.internal.Messages;

/** The rules of {@link CustomerService} that need no database (number ownership is checked when writing). */
public final class CustomerRules {

	public static final int MAX_COMPANY = 100;
	public static final int MAX_EMAIL = 254;
	public static final int MAX_NOTES = 2000;
	public static final int MAX_RINGTONE = 64;
	public static final int MAX_RAW_NUMBER = 64;

	/** after normalizing: an optional leading '+', then 3 to 32 digits, '*' or '#' */
	private static final Pattern NUMBER = Pattern.compile("\\+?[0-9*#]{3,32}");
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
	private static final Pattern RINGTONE = Pattern.compile("[A-Za-z0-9._-]*");

	private CustomerRules() {
	}

	public static List<Problem> check(Customer customer) {
		List<Problem> problems = new ArrayList<>();
		String name = strip(customer.getName());
		if (name.isEmpty()) {
			problems.add(new Problem("name", ProblemCode.REQUIRED, Messages.get("customer.nameRequired")));
		} else if (name.length() > CustomerService.MAX_NAME_LENGTH) {
			problems.add(tooLong("name", CustomerService.MAX_NAME_LENGTH));
		} else if (name.chars().anyMatch(Character::isISOControl)) {
			problems.add(new Problem("name", ProblemCode.INVALID_VALUE, Messages.get("customer.nameControl")));
		}
		checkNumbers(customer.getNumbers(), problems);
		String email = strip(customer.getEmail());
		if (email.length() > MAX_EMAIL) {
			problems.add(tooLong("email", MAX_EMAIL));
		} else if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
			problems.add(new Problem("email", ProblemCode.INVALID_EMAIL, Messages.get("customer.emailInvalid", email)));
		}
		if (strip(customer.getCompany()).length() > MAX_COMPANY) {
			problems.add(tooLong("company", MAX_COMPANY));
		}
		if (strip(customer.getNotes()).length() > MAX_NOTES) {
			problems.add(tooLong("notes", MAX_NOTES));
		}
		String ringtone = strip(customer.getRingtone());
		if (ringtone.length() > MAX_RINGTONE) {
			problems.add(tooLong("ringtone", MAX_RINGTONE));
		} else if (!RINGTONE.matcher(ringtone).matches()) {
			problems.add(new Problem("ringtone", ProblemCode.INVALID_VALUE, Messages.get("customer.ringtoneInvalid")));
		}
		return problems;
	}

	private static void checkNumbers(List<PhoneNumber> numbers, List<Problem> problems) {
		if (numbers.isEmpty()) {
			problems.add(new Problem("numbers", ProblemCode.NO_NUMBER, Messages.get("customer.noNumber")));
			return;
		}
		if (numbers.size() > CustomerService.MAX_NUMBERS) {
			problems.add(new Problem("numbers", ProblemCode.TOO_MANY_NUMBERS,
					Messages.get("customer.tooManyNumbers", CustomerService.MAX_NUMBERS)));
		}
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < numbers.size(); i++) {
			String raw = strip(numbers.get(i).getNumber());
			String normalized = PhoneNumbers.normalize(raw);
			String field = "numbers[" + i + "]";
			if (raw.length() > MAX_RAW_NUMBER || !NUMBER.matcher(normalized).matches()) {
				problems.add(new Problem(field, ProblemCode.INVALID_NUMBER, Messages.get("customer.numberInvalid", raw)));
			} else if (!seen.add(normalized)) {
				problems.add(new Problem(field, ProblemCode.DUPLICATE_NUMBER, Messages.get("customer.numberTwice", raw)));
			}
		}
	}

	/** @return the number in its stored, compared form */
	public static String normalized(PhoneNumber number) {
		return PhoneNumbers.normalize(strip(number.getNumber()));
	}

	public static String strip(String value) {
		return value == null ? "" : value.strip();
	}

	private static Problem tooLong(String field, int max) {
		return new Problem(field, ProblemCode.TOO_LONG, Messages.get("field.tooLong", max));
	}
}
