package com.switchdesk.store.transfer;

import com.switchdesk.store.ProblemCode;

/**
 * One reason why an import file was rejected.
 *
 * @param line    the line of the file it is on, from 1 (for a CSV record over several lines, its first line;
 *                for a vCard, its BEGIN line); 0 for the file as a whole
 * @param column  the column's header (CSV) or property name (vCard); "" when about the whole line
 * @param code    a stable code
 * @param message a sentence for the user in the default locale, naming the line
 */
public record ImportProblem(long line, String column, ProblemCode code, String message) {

	@Override
	public String toString() {
		return message;
	}
}
