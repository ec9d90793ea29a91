package com.switchdesk.callcontrol;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One of the operator's calls.
 *
 * @param callId the PBX call id
 * @param others the parties other than the operator
 * @param since  when it was answered (or started, if not answered), for the call timer
 */
public record CallView(String callId, List<PartyView> others, Instant since) {

	public CallView {
		Objects.requireNonNull(callId);
		others = List.copyOf(others);
		Objects.requireNonNull(since);
	}

	public boolean isExternal() {
		return others.stream().anyMatch(PartyView::external);
	}

	/** The parties' labels joined with " + ", e.g. "张三 (8006)". */
	public String label() {
		return String.join(" + ", others.stream().map(PartyView::label).toList());
	}
}
