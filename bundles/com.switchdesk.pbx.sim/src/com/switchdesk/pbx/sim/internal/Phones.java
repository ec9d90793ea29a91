package com.switchdesk.pbx.sim.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.switchdesk.pbx.model.PartyState;

/**
 * What the people at the phones do: lift and replace handsets, dial, answer, hang up, and call in
 * from outside. Scenario control for demos and tests; the console never uses it.
 */
public final class Phones {

	private final Exchange x;
	private final CallFlows calls;

	Phones(Exchange exchange, CallFlows calls) {
		this.x = exchange;
		this.calls = calls;
	}

	/** Lifts a handset: answers a ringing call, dials a hotline, or gives dial tone. */
	public void liftHandset(String number) {
		SimExtension e = x.extension(number);
		if (e.isOperator()) {
			if (!e.handsetOffHook) {
				e.handsetOffHook = true;
				x.operatorChanged(e);
				x.updateLamps(List.of(number));
			}
			return;
		}
		Optional<SimCall> ringing = ringingCall(number);
		if (ringing.isPresent()) {
			calls.answer(number, ringing.get());
		} else if (e.services.hotlineEnabled()) {
			calls.makeCall(number, e.services.hotlineNumber());
		} else if (!x.hasCalls(number)) {
			calls.dialTone(number);
		}
	}

	/** Replaces a handset: leaves every call; an operator phone also loses its binding. */
	public void replaceHandset(String number) {
		SimExtension e = x.extension(number);
		if (e.isOperator()) {
			boolean changed = e.handsetOffHook || e.bound;
			e.handsetOffHook = false;
			e.bound = false;
			if (changed) {
				x.operatorChanged(e);
			}
			for (SimCall c : List.copyOf(x.callsOf(number))) {
				if (c.party(number).map(p -> p.state != PartyState.ALERTING && p.state != PartyState.QUEUED)
						.orElse(false)) {
					calls.hangUp(number, c);
				}
			}
			x.updateLamps(List.of(number));
			return;
		}
		hangUp(number);
	}

	/** {@code from} (an extension) lifts the handset and dials; returns the call id. */
	public String dial(String from, String to) {
		if (x.extension(from).isOperator()) {
			throw new IllegalArgumentException("The operator position dials from the console");
		}
		return calls.makeCall(from, to).id;
	}

	/** An outside caller dials in over a trunk; returns the call id. */
	public String callFromOutside(String caller, String dialed) {
		if (!calls.routing.isExternalNumber(caller)) {
			throw new IllegalArgumentException(caller + " is not an outside number (digits only, at least "
					+ Routing.MIN_EXTERNAL_DIGITS + ")");
		}
		return calls.externalCall(caller, dialed).id;
	}

	/** The phone of {@code number} (an extension or an outside number) answers the call ringing at it. */
	public void answer(String number) {
		SimCall call = ringingCall(number).orElseThrow(
				() -> new IllegalStateException(number + " is not ringing"));
		calls.answer(number, call);
	}

	/** {@code number} hangs up its most recent call. */
	public void hangUp(String number) {
		x.callsOf(number).stream().max(Comparator.comparing((SimCall c) -> c.started).thenComparing(c -> c.id))
				.ifPresent(c -> calls.hangUp(number, c));
	}

	public void setOutOfService(String number, boolean broken) {
		SimExtension e = x.extension(number);
		if (e.outOfService != broken) {
			e.outOfService = broken;
			x.extensionChanged(e);
		}
	}

	private Optional<SimCall> ringingCall(String number) {
		return x.callsOf(number).stream()
				.filter(c -> c.party(number).map(p -> p.state == PartyState.ALERTING).orElse(false)).findFirst();
	}
}
