package com.switchdesk.store;

/** Why a value, a record or a file line was refused; see {@link Problem} and the import problems. */
public enum ProblemCode {
	/** a required value is empty */
	REQUIRED,
	/** longer than allowed */
	TOO_LONG,
	/** not a phone number: only digits, a leading '+', '*', '#' and separators are allowed */
	INVALID_NUMBER,
	/** a customer needs at least one number */
	NO_NUMBER,
	/** more numbers than allowed on one customer */
	TOO_MANY_NUMBERS,
	/** the same number twice in the same input (one customer, or one import file) */
	DUPLICATE_NUMBER,
	/** the number already belongs to another customer in the database */
	NUMBER_TAKEN,
	/** not an e-mail address */
	INVALID_EMAIL,
	/** a value outside its allowed set or range */
	INVALID_VALUE,
	/** a name that must be unique is taken */
	NOT_UNIQUE,
	/** the thing referred to does not exist (any more) */
	NOT_FOUND,
	/** the change would break a rule of the data, e.g. remove the last administrator */
	NOT_ALLOWED,
	/** a wrong password was given */
	WRONG_PASSWORD,
	/** a cell that a spreadsheet would run as a formula (=, +, -, @ at its start) */
	FORMULA,
	/** a CSV quote in the wrong place, or a quoted field that never ends */
	BAD_QUOTING,
	/** a line with another number of fields than the header */
	WRONG_COLUMN_COUNT,
	/** bytes that are neither UTF-8 nor GBK (or not the chosen encoding) */
	BAD_ENCODING,
	/** nothing to import */
	EMPTY_FILE,
	/** a field far longer than any value we store */
	FIELD_TOO_LONG,
	/** the header lacks a required column, or names one twice */
	BAD_HEADER,
	/** a malformed vCard */
	BAD_VCARD,
	/** the file is larger than an import may be */
	FILE_TOO_LARGE,
	/** a value that cannot be written in the chosen encoding */
	UNMAPPABLE
}
