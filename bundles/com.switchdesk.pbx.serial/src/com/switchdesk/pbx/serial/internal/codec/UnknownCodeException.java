package com.switchdesk.pbx.serial.internal.codec;

/** A command, result or event code this side does not know (perhaps from a newer minor version). */
public class UnknownCodeException extends MalformedPayloadException {

	private static final long serialVersionUID = 1L;

	private final int code;

	public UnknownCodeException(String what, int code) {
		super(String.format("Unknown %s code 0x%02X", what, code));
		this.code = code;
	}

	public int code() {
		return code;
	}
}
