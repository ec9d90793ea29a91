package com.switchdesk.pbx;

import java.util.Objects;

/** A command the PBX or the connector refused, with a reason and a message an operator can read. */
public class PbxRefusedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final RefusalReason reason;

	public PbxRefusedException(RefusalReason reason, String message) {
		super(message);
		this.reason = Objects.requireNonNull(reason);
	}

	public RefusalReason reason() {
		return reason;
	}

	@Override
	public String toString() {
		return "refused (" + reason + "): " + getMessage();
	}
}
