package com.switchdesk.pbx.sim.internal;

import java.util.List;

import com.switchdesk.pbx.RefusalReason;
import com.switchdesk.pbx.event.CallCause;
import com.switchdesk.pbx.model.ExtensionServices;
import com.switchdesk.pbx.model.PartyState;

/**
 * The attendant's services on top of the basic call: consultation and transfer, recall, three-way,
 * deflect, pickup, barge-in, force release, park and post-dial digits. Rights and barge levels are
 * checked as the PBX's extension parameters say.
 */
final class OperatorServices {

	private final Exchange x;
	private final CallFlows flows;

	OperatorServices(Exchange exchange, CallFlows flows) {
		this.x = exchange;
		this.flows = flows;
	}

	/** Holds the device's call and calls a third party (transfer by dialing, 转接). */
	SimCall consult(String device, SimCall held, String to) {
		SimParty me = x.partyOf(held, device);
		if (me.state != PartyState.CONNECTED && me.state != PartyState.HOLDING) {
			throw Exchange.refused(RefusalReason.INVALID_STATE, device + " is not talking in call " + held.id);
		}
		if (held.party(to).isPresent()) {
			throw Exchange.refused(RefusalReason.INVALID_ARGUMENT, to + " is already in this call");
		}
		flows.routing.checkReachable(to);
		if (me.state == PartyState.CONNECTED) {
			flows.hold(device, held, CallCause.HELD);
		}
		SimCall consultation = x.newCall();
		consultation.heldCallId = held.id;
		consultation.add(device, false, PartyState.INITIATED);
		x.changed(consultation, CallCause.CONSULTATION);
		flows.routing.deliver(consultation, to, CallCause.DELIVERED);
		return consultation;
	}

	/** Recall (收回): drops the consultation, even while it rings, and takes the held call back. */
	void reconnect(String device, SimCall held, SimCall consultation) {
		requireRight(x.extension(device).services.transferRecall(), device, "transfer recall right (转接回收权)");
		requireHolding(device, held);
		x.partyOf(consultation, device);
		x.clear(consultation, CallCause.RECONNECTED);
		flows.retrieve(device, held, CallCause.RECONNECTED);
	}

	/** Joins the held party with the consultation's third party; the device leaves both calls. */
	void transfer(String device, SimCall held, SimCall consultation) {
		requireHolding(device, held);
		x.partyOf(consultation, device);
		ExtensionServices rights = x.extension(device).services;
		boolean external = held.parties.stream().anyMatch(p -> p.external);
		requireRight(external ? rights.externalTransfer() : rights.internalTransfer(), device,
				external ? "external transfer right (外线转接权)" : "internal transfer right (内线转接权)");
		List<SimParty> third = consultation.parties.stream().filter(p -> !p.number.equals(device)).toList();
		if (third.isEmpty()) {
			throw Exchange.refused(RefusalReason.INVALID_STATE, "The consultation call has nobody to transfer to");
		}
		boolean answered = third.stream().anyMatch(p -> p.state == PartyState.CONNECTED);
		consultation.cancelTimer();
		held.parties.removeIf(p -> p.number.equals(device));
		for (SimParty p : held.parties) {
			p.state = answered ? PartyState.CONNECTED : PartyState.INITIATED;
		}
		held.parties.addAll(third);
		consultation.parties.removeIf(p -> !p.number.equals(device));
		x.clear(consultation, CallCause.TRANSFERRED);
		if (!answered) {
			held.transferredBy = device;
			third.stream().filter(p -> p.state == PartyState.ALERTING).findFirst().ifPresent(p -> {
				if (p.external) {
					flows.externalAnswersLater(held, p.number);
				} else {
					flows.ringTimeout(held, p.number);
				}
			});
		}
		x.changed(held, CallCause.TRANSFERRED);
		flows.queueChanged(device);
	}

	/** Three-way call (三方通话): the held call and the answered consultation become one call. */
	void conference(String device, SimCall held, SimCall consultation) {
		requireHolding(device, held);
		x.partyOf(consultation, device);
		List<SimParty> third = consultation.parties.stream().filter(p -> !p.number.equals(device)).toList();
		if (third.isEmpty() || third.stream().anyMatch(p -> p.state != PartyState.CONNECTED)) {
			throw Exchange.refused(RefusalReason.INVALID_STATE,
					"The third party has not answered yet: a three-way call needs an established call");
		}
		held.parties.forEach(p -> p.state = PartyState.CONNECTED);
		held.parties.addAll(third);
		consultation.parties.removeIf(p -> !p.number.equals(device));
		x.clear(consultation, CallCause.CONFERENCED);
		x.changed(held, CallCause.CONFERENCED);
	}

	/** Sends a call that rings or waits at the device elsewhere. */
	void deflect(String device, SimCall call, String to) {
		SimParty me = x.partyOf(call, device);
		if (me.state != PartyState.ALERTING && me.state != PartyState.QUEUED) {
			throw Exchange.refused(RefusalReason.INVALID_STATE, "Call " + call.id + " is not waiting at " + device);
		}
		if (call.party(to).isPresent()) {
			throw Exchange.refused(RefusalReason.INVALID_ARGUMENT, to + " is already in this call");
		}
		flows.routing.checkReachable(to);
		call.cancelTimer();
		call.parties.remove(me);
		x.updateLamps(List.of(device));
		flows.routing.deliver(call, to, CallCause.DIVERTED);
	}

	/** Pickup (代接): the device answers the call ringing at {@code target}. */
	SimCall pickup(String device, String target) {
		requireRight(x.extension(device).services.globalPickup(), device, "global pickup right (全局代接权)");
		requireFree(device);
		SimCall call = x.callsOf(target).stream()
				.filter(c -> c.party(target).map(p -> p.state == PartyState.ALERTING).orElse(false)).findFirst()
				.orElseThrow(() -> Exchange.refused(RefusalReason.INVALID_STATE, target + " is not ringing"));
		call.cancelTimer();
		call.parties.removeIf(p -> p.number.equals(target));
		call.add(device, false, PartyState.CONNECTED);
		call.parties.forEach(p -> {
			if (p.state == PartyState.INITIATED) {
				p.state = PartyState.CONNECTED;
			}
		});
		call.transferredBy = null;
		x.changed(call, CallCause.PICKED_UP);
		x.updateLamps(List.of(target));
		flows.queueChanged(device);
		return call;
	}

	/** Barge-in (强插): the device joins {@code target}'s conversation. */
	SimCall intrude(String device, String target) {
		checkBarge(device, target, "Barge-in");
		requireFree(device);
		SimCall call = x.activeCallOf(target)
				.orElseThrow(() -> Exchange.refused(RefusalReason.INVALID_STATE, target + " is not talking"));
		if (call.party(device).isPresent()) {
			throw Exchange.refused(RefusalReason.INVALID_STATE, device + " is already in that call");
		}
		call.add(device, false, PartyState.CONNECTED);
		x.changed(call, CallCause.INTRUDED);
		flows.queueChanged(device);
		return call;
	}

	/** Force release (强拆): clears {@code target}'s calls. */
	void forceRelease(String device, String target) {
		checkBarge(device, target, "Force release");
		List<SimCall> calls = x.callsOf(target);
		if (calls.isEmpty()) {
			throw Exchange.refused(RefusalReason.INVALID_STATE, target + " has no call to release");
		}
		calls.forEach(c -> x.clear(c, CallCause.FORCE_RELEASED));
		calls.forEach(c -> c.parties.forEach(p -> flows.queueChanged(p.number)));
	}

	/** System park (系统驻留): the other party waits in a free slot; the device is free. */
	String park(String device, SimCall call) {
		if (!x.config.info().parkSupported()) {
			throw Exchange.refused(RefusalReason.NOT_SUPPORTED,
					"This PBX model (" + x.config.info().describe() + ") has no system park");
		}
		SimParty me = x.partyOf(call, device);
		if (me.state != PartyState.CONNECTED && me.state != PartyState.HOLDING) {
			throw Exchange.refused(RefusalReason.INVALID_STATE, device + " is not in an established call");
		}
		String slot = x.config.parkSlots().stream()
				.filter(s -> x.calls.values().stream().noneMatch(c -> c.parkSlot.equals(s))).findFirst()
				.orElseThrow(() -> Exchange.refused(RefusalReason.BUSY, "Every park slot is taken"));
		call.parties.remove(me);
		call.parties.forEach(p -> p.state = PartyState.PARKED);
		call.parkSlot = slot;
		x.changed(call, CallCause.PARKED);
		x.updateLamps(List.of(device));
		flows.queueChanged(device);
		return slot;
	}

	/** Takes the call parked in {@code slot} to the device. */
	SimCall unpark(String device, String slot) {
		requireFree(device);
		SimCall call = x.calls.values().stream().filter(c -> c.parkSlot.equals(slot)).findFirst()
				.orElseThrow(() -> Exchange.refused(RefusalReason.INVALID_STATE, "Nothing is parked in " + slot));
		call.parkSlot = "";
		call.parties.forEach(p -> p.state = PartyState.CONNECTED);
		call.add(device, false, PartyState.CONNECTED);
		x.changed(call, CallCause.UNPARKED);
		flows.queueChanged(device);
		return call;
	}

	/** Post-dial (二次拨号): DTMF digits into an established call. */
	void sendDigits(String device, SimCall call, String digits) {
		SimParty me = x.partyOf(call, device);
		if (me.state != PartyState.CONNECTED || !call.isAnswered()) {
			throw Exchange.refused(RefusalReason.INVALID_STATE, "Digits can only be sent into an answered call");
		}
		call.parties.stream().filter(p -> p.external)
				.forEach(p -> flows.receivedDigits.computeIfAbsent(p.number, k -> new StringBuilder()).append(digits));
		x.changed(call, CallCause.DIGITS_SENT);
	}

	// ---- checks ----

	private void checkBarge(String device, String target, String what) {
		ExtensionServices mine = x.extension(device).services;
		ExtensionServices theirs = x.extension(target).services;
		requireRight(mine.bargeEnabled(), device, "barge-in and force release switch (强插/强拆开关)");
		if (mine.bargeLevel() >= theirs.bargeLevel()) {
			throw Exchange.refused(RefusalReason.LEVEL_TOO_LOW,
					what + " refused: " + target + "'s level " + theirs.bargeLevel() + " is "
							+ (mine.bargeLevel() == theirs.bargeLevel() ? "the same as" : "higher than") + " yours ("
							+ mine.bargeLevel() + ")");
		}
	}

	private void requireHolding(String device, SimCall held) {
		if (x.partyOf(held, device).state != PartyState.HOLDING) {
			throw Exchange.refused(RefusalReason.INVALID_STATE, "Call " + held.id + " is not on hold at " + device);
		}
	}

	private void requireFree(String device) {
		if (x.isOccupied(device)) {
			throw Exchange.refused(RefusalReason.INVALID_STATE,
					device + " is in a call: hold it or hang up first");
		}
	}

	private static void requireRight(boolean has, String device, String right) {
		if (!has) {
			throw Exchange.refused(RefusalReason.NO_RIGHT, device + " lacks the " + right);
		}
	}
}
