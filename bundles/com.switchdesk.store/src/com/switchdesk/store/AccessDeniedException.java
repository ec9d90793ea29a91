package com.switchdesk.store;

/**
 * The session may not do what it asked for: it is not logged in (any more), it is an operator calling an
 * administrator operation, or its password must be changed first. The message says which, for the operator.
 */
public class AccessDeniedException extends SecurityException {

	private static final long serialVersionUID = 1L;

	public AccessDeniedException(String message) {
		super(message);
	}
}
