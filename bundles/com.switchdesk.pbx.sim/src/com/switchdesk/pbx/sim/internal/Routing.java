package com.switchdesk.pbx.sim.internal;

import java.util.List;
import java.util.Optional;

import com.switchdesk.pbx.RefusalReason;
import com.switchdesk.pbx.event.CallCause;
import com.switchdesk.pbx.model.GroupKind;
import com.switchdesk.pbx.model.OperatorGroup;
import com.switchdesk.pbx.model.PartyState;

/**
 * Where a dialed number leads: an extension, an operator position (and its queue), a hunt or
 * operator group by day or night plan, a park slot, or an external number over a trunk.
 */
final class Routing {

	/** The shortest number the PBX dials out over a trunk. */
	static final int MIN_EXTERNAL_DIGITS = 5;
	private static final int MAX_DIVERSIONS = 5;

	private final Exchange x;
	private final Timers timers;

	Routing(Exchange exchange, Timers timers) {
		this.x = exchange;
		this.timers = timers;
	}

	boolean isExternalNumber(String number) {
		return number.matches("[0-9]+") && number.length() >= MIN_EXTERNAL_DIGITS && !x.extensions.containsKey(number);
	}

	/**
	 * Checks, without changing anything, that a call to {@code to} can be delivered now; refuses
	 * with the reason an operator should read.
	 */
	void checkReachable(String to) {
		if (x.extensions.containsKey(to)) {
			checkExtensionAvailable(x.extensions.get(to));
		} else if (x.groupByPilot(to).isPresent() || isParkSlot(to)) {
			return;
		} else if (isExternalNumber(to)) {
			checkTrunkFree();
		} else {
			throw Exchange.refused(RefusalReason.UNKNOWN_DEVICE, "There is no extension or number " + to);
		}
	}

	void checkTrunkFree() {
		if (x.trunksInUse() >= x.config.trunks()) {
			throw Exchange.refused(RefusalReason.BUSY, "All " + x.config.trunks() + " trunk lines are busy");
		}
	}

	private void checkExtensionAvailable(SimExtension e) {
		if (e.outOfService) {
			throw Exchange.refused(RefusalReason.BUSY, e.number + " is out of service");
		}
		if (e.isOperator()) {
			return;
		}
		if (e.services.dndInternal() || e.services.dndExternal()) {
			throw Exchange.refused(RefusalReason.BUSY, e.number + " is on do-not-disturb");
		}
		if (x.hasCalls(e.number) && !e.services.busyToOperator()) {
			throw Exchange.refused(RefusalReason.BUSY, e.number + " is busy");
		}
	}

	boolean isParkSlot(String number) {
		return x.config.parkSlots().contains(number);
	}

	/** Delivers a call to {@code to}: the new party rings, waits in a queue, or the call fails. */
	void deliver(SimCall call, String to, CallCause cause) {
		deliver(call, to, cause, 0);
	}

	private void deliver(SimCall call, String to, CallCause cause, int depth) {
		if (depth > MAX_DIVERSIONS) {
			fail(call, CallCause.UNREACHABLE);
			return;
		}
		SimExtension e = x.extensions.get(to);
		if (e != null) {
			deliverToExtension(call, e, cause, depth);
		} else if (x.groupByPilot(to).isPresent()) {
			deliverToGroup(call, x.groupByPilot(to).get(), depth);
		} else if (isExternalNumber(to)) {
			if (x.trunksInUse() >= x.config.trunks()) {
				fail(call, CallCause.BUSY);
				return;
			}
			call.add(to, true, PartyState.ALERTING);
			x.changed(call, cause);
			timers.externalAnswersLater(call, to);
		} else {
			fail(call, CallCause.UNREACHABLE);
		}
	}

	private void deliverToExtension(SimCall call, SimExtension e, CallCause cause, int depth) {
		if (e.isOperator()) {
			deliverToOperator(call, e, cause, depth);
			return;
		}
		boolean fromOutside = call.parties.stream().anyMatch(p -> p.external);
		boolean dnd = fromOutside ? e.services.dndExternal() : e.services.dndInternal();
		if (e.outOfService || dnd) {
			fail(call, e.outOfService ? CallCause.UNREACHABLE : CallCause.BUSY);
			return;
		}
		if (x.hasCalls(e.number)) {
			if (e.services.busyToOperator() && depth == 0) {
				deliverToOperatorGroup(call, depth + 1);
			} else {
				fail(call, CallCause.BUSY);
			}
			return;
		}
		call.add(e.number, false, PartyState.ALERTING);
		x.changed(call, cause);
		timers.ringTimeout(call, e.number);
	}

	/** An operator position in operator mode takes every call into its queue. */
	private void deliverToOperator(SimCall call, SimExtension op, CallCause cause, int depth) {
		if (op.forwarding.isPresent()) {
			deliver(call, op.forwarding.get().number(), CallCause.DIVERTED, depth + 1);
			return;
		}
		if (!op.online) {
			Optional<OperatorGroup> hunt = x.group(x.config.operatorHuntGroup());
			if (hunt.isPresent() && depth < MAX_DIVERSIONS) {
				deliverToGroup(call, hunt.get(), depth + 1);
			} else {
				fail(call, CallCause.UNREACHABLE);
			}
			return;
		}
		PartyState state = x.isOccupied(op.number) ? PartyState.QUEUED : PartyState.ALERTING;
		call.add(op.number, false, state);
		x.changed(call, state == PartyState.QUEUED ? CallCause.QUEUED : cause);
	}

	void deliverToOperatorGroup(SimCall call, int depth) {
		Optional<OperatorGroup> group = x.groups.stream().filter(g -> g.kind() == GroupKind.OPERATOR).findFirst();
		if (group.isEmpty()) {
			fail(call, CallCause.UNREACHABLE);
			return;
		}
		deliverToGroup(call, group.get(), depth);
	}

	/** Rings the first member that can take the call, by day or night plan. */
	private void deliverToGroup(SimCall call, OperatorGroup group, int depth) {
		List<String> members = group.members(x.nightService);
		for (String member : members) {
			SimExtension e = x.extensions.get(member);
			if (e == null || call.party(member).isPresent()) {
				continue;
			}
			if (e.isOperator() && (e.online || e.forwarding.isPresent())) {
				deliverToOperator(call, e, CallCause.DIVERTED, depth);
				return;
			}
			if (!e.isOperator() && !e.outOfService && !x.hasCalls(member)
					&& !(e.services.dndExternal() || e.services.dndInternal())) {
				deliverToExtension(call, e, CallCause.DIVERTED, depth);
				return;
			}
		}
		// every member busy: an offline operator's calls still reach the hunt group's first member
		if (group.kind() == GroupKind.OPERATOR && depth < MAX_DIVERSIONS) {
			Optional<OperatorGroup> hunt = x.group(x.config.operatorHuntGroup());
			if (hunt.isPresent() && hunt.get() != group) {
				deliverToGroup(call, hunt.get(), depth + 1);
				return;
			}
		}
		fail(call, CallCause.BUSY);
	}

	/** The call cannot be delivered: the caller hears busy or the number-unobtainable tone; it clears. */
	void fail(SimCall call, CallCause cause) {
		x.clear(call, cause);
	}
}
