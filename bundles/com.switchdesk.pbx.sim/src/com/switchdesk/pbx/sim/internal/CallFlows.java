package com.switchdesk.pbx.sim.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.switchdesk.pbx.RefusalReason;
import com.switchdesk.pbx.event.CallCause;
import com.switchdesk.pbx.model.PartyState;

/**
 * The basic life of a call: originate, ring, answer, hold, retrieve, hang up, and what happens
 * when nobody answers. Operator-only services build on it in {@link OperatorServices}.
 */
final class CallFlows implements Timers {

	/** The party that rings a room for a wake-up call. */
	static final String WAKE_UP_SERVICE = "WAKEUP";

	private final Exchange x;
	final Routing routing;
	private WakeUpHooks wakeUps = WakeUpHooks.NONE;
	/** DTMF digits each external number received, for the simulated IVRs and the tests. */
	final Map<String, StringBuilder> receivedDigits = new ConcurrentHashMap<>();

	CallFlows(Exchange exchange) {
		this.x = exchange;
		this.routing = new Routing(exchange, this);
	}

	void setWakeUpHooks(WakeUpHooks hooks) {
		this.wakeUps = hooks;
	}

	// ---- originate ----

	/** {@code from} goes off-hook and dials {@code to}; refused when it cannot be delivered now. */
	SimCall makeCall(String from, String to) {
		SimExtension caller = x.extension(from);
		if (caller.isOperator() && !caller.bound) {
			throw Exchange.refused(RefusalReason.NOT_BOUND,
					"The operator phone " + from + " is not bound: lift its handset and press Bind");
		}
		if (x.isOccupied(from)) {
			throw Exchange.refused(RefusalReason.INVALID_STATE,
					from + " is already in a call: hold it or hang up first");
		}
		if (from.equals(to)) {
			throw Exchange.refused(RefusalReason.INVALID_ARGUMENT, from + " cannot call itself");
		}
		routing.checkReachable(to);
		if (routing.isParkSlot(to)) {
			throw Exchange.refused(RefusalReason.INVALID_ARGUMENT, to + " is a park slot: use Unpark");
		}
		dropDialTone(from);
		SimCall call = x.newCall();
		call.add(from, false, PartyState.INITIATED);
		x.changed(call, CallCause.ORIGINATED);
		routing.deliver(call, to, CallCause.DELIVERED);
		return call;
	}

	/** An external caller reaches the PBX over a trunk and dials {@code dialed} (the company pilot or a DID). */
	SimCall externalCall(String caller, String dialed) {
		routing.checkTrunkFree();
		SimCall call = x.newCall();
		call.add(caller, true, PartyState.INITIATED);
		x.changed(call, CallCause.ORIGINATED);
		routing.deliver(call, dialed, CallCause.DELIVERED);
		return call;
	}

	/** An extension lifted its handset with nothing ringing: dial tone (a call of one party). */
	SimCall dialTone(String number) {
		SimCall call = x.newCall();
		call.add(number, false, PartyState.INITIATED);
		x.changed(call, CallCause.ORIGINATED);
		return call;
	}

	private void dropDialTone(String number) {
		for (SimCall c : List.copyOf(x.calls.values())) {
			if (c.parties.size() == 1 && c.party(number).isPresent()) {
				x.clear(c, CallCause.NORMAL_CLEARING);
			}
		}
	}

	// ---- answer ----

	/** {@code device} answers a call ringing or waiting at it. */
	void answer(String device, SimCall call) {
		SimParty me = x.partyOf(call, device);
		if (me.state != PartyState.ALERTING && me.state != PartyState.QUEUED) {
			throw Exchange.refused(RefusalReason.INVALID_STATE, "Call " + call.id + " is not ringing at " + device);
		}
		if (x.isOccupied(device)) {
			throw Exchange.refused(RefusalReason.INVALID_STATE,
					device + " is talking: put the current call on hold before answering another");
		}
		call.cancelTimer();
		me.state = PartyState.CONNECTED;
		for (SimParty p : call.parties) {
			if (p.state == PartyState.INITIATED) {
				p.state = PartyState.CONNECTED;
			}
		}
		call.transferredBy = null;
		x.changed(call, CallCause.ESTABLISHED);
		if (call.wakeUp != null) {
			wakeUps.answered(call);
		}
		queueChanged(device);
	}

	// ---- hold and retrieve ----

	void hold(String device, SimCall call, CallCause cause) {
		SimParty me = x.partyOf(call, device);
		if (me.state != PartyState.CONNECTED) {
			throw Exchange.refused(RefusalReason.INVALID_STATE, device + " is not talking in call " + call.id);
		}
		me.state = PartyState.HOLDING;
		for (SimParty p : call.parties) {
			if (p != me && p.state == PartyState.CONNECTED) {
				p.state = PartyState.HELD;
			}
		}
		x.changed(call, cause);
		queueChanged(device);
	}

	void retrieve(String device, SimCall call, CallCause cause) {
		SimParty me = x.partyOf(call, device);
		if (me.state != PartyState.HOLDING) {
			throw Exchange.refused(RefusalReason.INVALID_STATE, "Call " + call.id + " is not on hold at " + device);
		}
		if (x.isOccupied(device)) {
			throw Exchange.refused(RefusalReason.INVALID_STATE,
					device + " is in another call: hold it or hang up before retrieving");
		}
		me.state = PartyState.CONNECTED;
		for (SimParty p : call.parties) {
			if (p.state == PartyState.HELD) {
				p.state = PartyState.CONNECTED;
			}
		}
		x.changed(call, cause);
		queueChanged(device);
	}

	// ---- hang up ----

	/** {@code device} leaves the call (hangs up); a call left with one party clears. */
	void hangUp(String device, SimCall call) {
		x.partyOf(call, device);
		if (call.parties.size() == 1 || (call.wakeUp != null)) {
			x.clear(call, CallCause.NORMAL_CLEARING);
		} else {
			x.dropParty(call, device, CallCause.NORMAL_CLEARING);
		}
		queueChanged(device);
		call.parties.forEach(p -> queueChanged(p.number));
	}

	/**
	 * An operator position that became free rings again with the first call of its queue; one that
	 * became busy lets its ringing calls wait.
	 */
	void queueChanged(String device) {
		SimExtension e = x.extensions.get(device);
		if (e == null || !e.isOperator()) {
			return;
		}
		boolean occupied = x.isOccupied(device);
		for (SimCall c : List.copyOf(x.calls.values())) {
			c.party(device).ifPresent(p -> {
				PartyState wanted = occupied ? PartyState.QUEUED : PartyState.ALERTING;
				if ((p.state == PartyState.ALERTING || p.state == PartyState.QUEUED) && p.state != wanted) {
					p.state = wanted;
					x.changed(c, occupied ? CallCause.QUEUED : CallCause.DELIVERED);
				}
			});
		}
	}

	// ---- timers ----

	@Override
	public void ringTimeout(SimCall call, String ringing) {
		Duration ring = call.wakeUp != null ? x.config.wakeUp().ringTime() : x.config.ringTimeout();
		call.timer = x.scheduler.schedule(ring, () -> noAnswer(call, ringing));
	}

	@Override
	public void externalAnswersLater(SimCall call, String external) {
		call.timer = x.scheduler.schedule(x.config.externalAnswerDelay(), () -> {
			call.timer = null;
			if (x.calls.containsKey(call.id) && call.party(external).map(p -> p.state == PartyState.ALERTING)
					.orElse(false)) {
				answer(external, call);
			}
		});
	}

	/** An operator's own call (e.g. a consultation) is not sent back to the operators when unanswered. */
	private boolean fromOperator(SimCall call) {
		return call.parties.stream().anyMatch(p -> {
			SimExtension e = x.extensions.get(p.number);
			return e != null && e.isOperator();
		});
	}

	private void noAnswer(SimCall call, String ringing) {
		call.timer = null;
		if (!x.calls.containsKey(call.id)
				|| !call.party(ringing).map(p -> p.state == PartyState.ALERTING).orElse(false)) {
			return;
		}
		if (call.wakeUp != null) {
			x.clear(call, CallCause.NO_ANSWER);
			wakeUps.notAnswered(call);
			return;
		}
		SimExtension callee = x.extension(ringing);
		if (call.transferredBy != null) {
			// a transfer nobody answered comes back to the operator who made it
			String operator = call.transferredBy;
			call.transferredBy = null;
			call.parties.removeIf(p -> p.number.equals(ringing));
			x.updateLamps(List.of(ringing));
			routing.deliver(call, operator, CallCause.DIVERTED);
		} else if (callee.services.noAnswerToOperator() && !fromOperator(call)) {
			call.parties.removeIf(p -> p.number.equals(ringing));
			x.updateLamps(List.of(ringing));
			routing.deliverToOperatorGroup(call, 1);
		} else {
			x.clear(call, CallCause.NO_ANSWER);
		}
	}
}
