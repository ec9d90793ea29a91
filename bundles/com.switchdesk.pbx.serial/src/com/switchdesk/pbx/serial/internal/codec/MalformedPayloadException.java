package com.switchdesk.pbx.serial.internal.codec;

/** A payload that does not decode: truncated, an unknown code, bad UTF-8, or a value out of range. */
public class MalformedPayloadException extends Exception {

	private static final long serialVersionUID = 1L;

	public MalformedPayloadException(String message) {
		super(message);
	}

	public MalformedPayloadException(String message, Throwable cause) {
		super(message, cause);
	}
}
