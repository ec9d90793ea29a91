package com.switchdesk.pbx.sim.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.switchdesk.pbx.RefusalReason;
import com.switchdesk.pbx.event.CallCause;
import com.switchdesk.pbx.event.NightServiceChanged;
import com.switchdesk.pbx.event.ServicesChanged;
import com.switchdesk.pbx.model.ExtensionServices;
import com.switchdesk.pbx.model.Forwarding;
import com.switchdesk.pbx.model.OperatorGroup;
import com.switchdesk.pbx.model.PartyState;

/**
 * The console's own PBX functions: binding the operator phone, offline, night service, operator
 * forwarding (cases 1 and 2), extension services, office extensions and user names.
 */
final class ConsoleFunctions {

	static final int MAX_NAME_LENGTH = 32;

	private final Exchange x;
	private final CallFlows flows;

	ConsoleFunctions(Exchange exchange, CallFlows flows) {
		this.x = exchange;
		this.flows = flows;
	}

	/** Binding needs the phone off-hook (seed 1.3.2): the PBX plays busy tone, then mutes the set. */
	void bind(String operator) {
		SimExtension op = x.operator(operator);
		if (!op.handsetOffHook) {
			throw Exchange.refused(RefusalReason.INVALID_STATE, "The phone " + operator
					+ " is on-hook: lift the handset or press the speaker key, then press Bind again");
		}
		if (!op.bound) {
			op.bound = true;
			x.operatorChanged(op);
			x.updateLamps(List.of(operator));
		}
	}

	void unbind(String operator) {
		SimExtension op = x.operator(operator);
		if (op.bound) {
			op.bound = false;
			x.operatorChanged(op);
			x.updateLamps(List.of(operator));
		}
	}

	/** Offline locks the position: its waiting calls and new ones go to the operator hunt group. */
	void setOnline(String operator, boolean online) {
		SimExtension op = x.operator(operator);
		if (op.online == online) {
			return;
		}
		op.online = online;
		x.operatorChanged(op);
		if (!online) {
			for (SimCall call : List.copyOf(x.calls.values())) {
				Optional<SimParty> mine = call.party(operator);
				if (mine.isPresent() && (mine.get().state == PartyState.ALERTING || mine.get().state == PartyState.QUEUED)) {
					call.parties.remove(mine.get());
					x.updateLamps(List.of(operator));
					flows.routing.deliver(call, operator, CallCause.DIVERTED);
				}
			}
		}
	}

	void setNightService(boolean night) {
		if (x.nightService != night) {
			x.nightService = night;
			x.events.publish(seq -> new NightServiceChanged(seq, night));
		}
	}

	/** Case 1: the position's calls go to another number; empty cancels. */
	void setForwarding(String operator, Optional<Forwarding> forwarding) {
		SimExtension op = x.operator(operator);
		forwarding.ifPresent(f -> {
			if (f.number().equals(operator)) {
				throw Exchange.refused(RefusalReason.INVALID_ARGUMENT, "A position cannot forward to itself");
			}
			boolean known = f.external() ? flows.routing.isExternalNumber(f.number())
					: x.extensions.containsKey(f.number()) || x.groupByPilot(f.number()).isPresent();
			if (!known) {
				throw Exchange.refused(RefusalReason.INVALID_ARGUMENT, (f.external() ? "External number " : "Extension ")
						+ f.number() + " does not exist" + (f.external() ? " (at least "
								+ Routing.MIN_EXTERNAL_DIGITS + " digits)" : ""));
			}
		});
		op.forwarding = forwarding;
		x.operatorChanged(op);
	}

	/** Case 2: one member slot of an operator group now rings another extension. */
	OperatorGroup setGroupMember(int index, boolean night, int slot, String member) {
		OperatorGroup group = x.group(index).orElseThrow(
				() -> Exchange.refused(RefusalReason.UNKNOWN_DEVICE, "There is no group " + index));
		List<String> members = new ArrayList<>(group.members(night));
		if (slot >= members.size()) {
			throw Exchange.refused(RefusalReason.INVALID_ARGUMENT, "Group " + index + " has " + members.size() + " "
					+ (night ? "night" : "day") + " member(s): slot " + slot + " does not exist");
		}
		if (!x.extensions.containsKey(member)) {
			throw Exchange.refused(RefusalReason.INVALID_ARGUMENT, "Extension " + member + " does not exist");
		}
		members.set(slot, member);
		OperatorGroup changed = new OperatorGroup(group.index(), group.pilot(), group.kind(),
				night ? group.dayMembers() : members, night ? members : group.nightMembers());
		x.replaceGroup(changed);
		return changed;
	}

	void writeServices(ExtensionServices services) {
		SimExtension e = x.extension(services.number());
		if (e.office) {
			throw Exchange.refused(RefusalReason.OFFICE_EXTENSION, e.number
					+ " is an office extension: its services cannot be changed from the console");
		}
		e.services = services;
		x.events.publish(seq -> new ServicesChanged(seq, services));
		x.updateLamps(List.of(e.number));
	}

	void setOffice(String number, boolean office) {
		SimExtension e = x.extension(number);
		if (e.office != office) {
			e.office = office;
			x.extensionChanged(e);
		}
	}

	void setName(String number, String name) {
		SimExtension e = x.extension(number);
		String trimmed = name.strip();
		if (trimmed.length() > MAX_NAME_LENGTH) {
			throw Exchange.refused(RefusalReason.INVALID_ARGUMENT,
					"A user name has at most " + MAX_NAME_LENGTH + " characters");
		}
		if (!trimmed.equals(e.userName)) {
			e.userName = trimmed;
			x.extensionChanged(e);
		}
	}
}
