package com.switchdesk.store;

/**
 * The database failed or cannot be reached: the message says what happened in words an operator or an
 * administrator can act on ("The shared customer database at server:1527 does not answer …"); the cause
 * carries the technical detail. Nothing was changed by the failed call.
 */
public class StoreException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public StoreException(String message, Throwable cause) {
		super(message, cause);
	}

	public StoreException(String message) {
		super(message);
	}
}
