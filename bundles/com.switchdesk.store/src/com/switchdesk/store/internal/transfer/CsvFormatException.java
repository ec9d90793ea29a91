package com.switchdesk.store.internal.transfer;

import com.switchdesk.store.ProblemCode;

/** The CSV cannot be read on from here: bad quoting, or a field far too long. */
final class CsvFormatException extends Exception {

	private static final long serialVersionUID = 1L;

	private final long line;
	private final ProblemCode code;

	CsvFormatException(long line, ProblemCode code, String message) {
		super(message);
		this.line = line;
		this.code = code;
	}

	long line() {
		return line;
	}

	ProblemCode code() {
		return code;
	}
}
