package com.switchdesk.store.internal.transfer;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

import com.switchdesk.store.ProblemCode;
import com.switchdesk.store.internal.Messages;

/**
 * A strict RFC 4180 reader that knows on which line each record starts: fields separated by the delimiter,
 * records by CR LF, LF or CR; a field in double quotes may hold delimiters, line breaks and doubled quotes.
 * A quote anywhere else, text after a closing quote, or a quoted field that never ends is an error naming the
 * line, as is a field longer than the limit (checked while reading, so a huge field is never held in memory).
 */
final class CsvReader {

	/** One record. @param line the line it starts on, from 1 */
	record Row(long line, List<String> fields) {

		boolean isBlank() {
			return fields.size() == 1 && fields.get(0).isBlank();
		}
	}

	private static final int EOF = -1;

	private final Reader in;
	private final char delimiter;
	private final int maxFieldChars;
	private final int maxFields;
	private final char[] buffer = new char[8192];
	private int position;
	private int limit;
	private long line = 1;
	private boolean ended;

	CsvReader(Reader in, char delimiter, int maxFieldChars, int maxFields) {
		this.in = in;
		this.delimiter = delimiter;
		this.maxFieldChars = maxFieldChars;
		this.maxFields = maxFields;
	}

	/** @return the next record, or null at the end of the input */
	Row next() throws IOException, CsvFormatException {
		if (ended) {
			return null;
		}
		long start = line;
		int c = read();
		if (c == EOF) {
			ended = true;
			return null;
		}
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		while (true) {
			if (c == '"' && field.isEmpty()) {
				c = readQuoted(field, start);
			} else {
				while (c != EOF && c != delimiter && c != '\n' && c != '\r') {
					if (c == '"') {
						throw new CsvFormatException(line, ProblemCode.BAD_QUOTING, Messages.get("csv.quoteInField", line));
					}
					append(field, (char) c, start);
					c = read();
				}
			}
			fields.add(field.toString());
			field.setLength(0);
			if (fields.size() > maxFields) {
				throw new CsvFormatException(start, ProblemCode.WRONG_COLUMN_COUNT,
						Messages.get("csv.tooManyFields", start, maxFields));
			}
			if (c == delimiter) {
				c = read();
				continue;
			}
			endOfLine(c);
			return new Row(start, fields);
		}
	}

	/** Reads a quoted field after its opening quote; returns the character after the closing quote. */
	private int readQuoted(StringBuilder field, long start) throws IOException, CsvFormatException {
		long opened = line;
		while (true) {
			int c = read();
			if (c == EOF) {
				throw new CsvFormatException(opened, ProblemCode.BAD_QUOTING, Messages.get("csv.unterminatedQuote", opened));
			}
			if (c == '"') {
				int next = read();
				if (next != '"') {
					if (next != EOF && next != delimiter && next != '\n' && next != '\r') {
						throw new CsvFormatException(line, ProblemCode.BAD_QUOTING, Messages.get("csv.textAfterQuote", line));
					}
					return next;
				}
			} else if (c == '\r' || c == '\n') {
				endOfLine(c);
				append(field, '\n', start);
				continue;
			}
			append(field, (char) c, start);
		}
	}

	/** Counts the line break {@code c} (CR LF as one). */
	private void endOfLine(int c) throws IOException {
		if (c == '\r') {
			if (peek() == '\n') {
				read();
			}
			line++;
		} else if (c == '\n') {
			line++;
		} else if (c == EOF) {
			ended = true;
		}
	}

	private void append(StringBuilder field, char c, long start) throws CsvFormatException {
		if (field.length() >= maxFieldChars) {
			throw new CsvFormatException(start, ProblemCode.FIELD_TOO_LONG, Messages.get("csv.fieldTooLong", start,
					maxFieldChars));
		}
		field.append(c);
	}

	private int read() throws IOException {
		if (position == limit && !fill()) {
			return EOF;
		}
		return buffer[position++];
	}

	private int peek() throws IOException {
		if (position == limit && !fill()) {
			return EOF;
		}
		return buffer[position];
	}

	private boolean fill() throws IOException {
		int count = in.read(buffer);
		if (count <= 0) {
			return false;
		}
		position = 0;
		limit = count;
		return true;
	}
}
