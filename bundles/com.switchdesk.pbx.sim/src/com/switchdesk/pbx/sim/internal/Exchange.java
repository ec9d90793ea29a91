package com.switchdesk.pbx.sim.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import com.switchdesk.pbx.PbxRefusedException;
import com.switchdesk.pbx.RefusalReason;
import com.switchdesk.pbx.Scheduler;
import com.switchdesk.pbx.event.CallCause;
import com.switchdesk.pbx.event.CallChanged;
import com.switchdesk.pbx.event.CallCleared;
import com.switchdesk.pbx.event.ExtensionChanged;
import com.switchdesk.pbx.event.GroupChanged;
import com.switchdesk.pbx.event.OperatorChanged;
import com.switchdesk.pbx.model.DeviceState;
import com.switchdesk.pbx.model.OperatorGroup;
import com.switchdesk.pbx.model.PartyState;
import com.switchdesk.pbx.model.PbxSnapshot;
import com.switchdesk.pbx.sim.ExtensionSpec;
import com.switchdesk.pbx.sim.SimConfig;

/**
 * The exchange's state and the bookkeeping every operation shares: finding extensions and calls,
 * publishing call and extension events, keeping lamps up to date. Only the PBX thread touches it.
 */
final class Exchange {

	final SimConfig config;
	final Scheduler scheduler;
	final EventBus events;
	final Map<String, SimExtension> extensions = new TreeMap<>();
	final Map<String, SimCall> calls = new LinkedHashMap<>();
	final List<OperatorGroup> groups = new ArrayList<>();
	boolean nightService;
	private long nextCallId = 1;

	Exchange(SimConfig config, Scheduler scheduler, EventBus events) {
		this.config = config;
		this.scheduler = scheduler;
		this.events = events;
		for (ExtensionSpec spec : config.extensions()) {
			extensions.put(spec.number(), new SimExtension(spec));
		}
		groups.addAll(config.groups());
	}

	Instant now() {
		return scheduler.now();
	}

	// ---- lookup ----

	SimExtension extension(String number) {
		SimExtension e = extensions.get(number);
		if (e == null) {
			throw refused(RefusalReason.UNKNOWN_DEVICE, "There is no extension " + number);
		}
		return e;
	}

	SimExtension operator(String number) {
		SimExtension e = extension(number);
		if (!e.isOperator()) {
			throw refused(RefusalReason.INVALID_ARGUMENT, number + " is not an operator position");
		}
		return e;
	}

	SimCall call(String id) {
		SimCall c = calls.get(id);
		if (c == null) {
			throw refused(RefusalReason.UNKNOWN_DEVICE, "There is no call " + id + " (it may have ended)");
		}
		return c;
	}

	/** The device's connection to a call, or a refusal naming both. */
	SimParty partyOf(SimCall call, String device) {
		return call.party(device).orElseThrow(
				() -> refused(RefusalReason.INVALID_STATE, device + " is not in call " + call.id));
	}

	List<SimCall> callsOf(String number) {
		return calls.values().stream().filter(c -> c.party(number).isPresent()).toList();
	}

	/** The call in which the device talks (its party is connected), if any. */
	Optional<SimCall> activeCallOf(String number) {
		return calls.values().stream()
				.filter(c -> c.party(number).map(p -> p.state == PartyState.CONNECTED).orElse(false)).findFirst();
	}

	boolean hasCalls(String number) {
		return calls.values().stream().anyMatch(c -> c.party(number).isPresent());
	}

	/** Whether the device talks, dials or consults: busy for anything but the operator queue. */
	boolean isOccupied(String number) {
		return calls.values().stream().anyMatch(c -> c.party(number)
				.map(p -> p.state == PartyState.CONNECTED || p.state == PartyState.INITIATED).orElse(false));
	}

	/** How many trunk lines are taken: one per external party. */
	long trunksInUse() {
		return calls.values().stream().flatMap(c -> c.parties.stream()).filter(p -> p.external).count();
	}

	Optional<OperatorGroup> group(int index) {
		return groups.stream().filter(g -> g.index() == index).findFirst();
	}

	Optional<OperatorGroup> groupByPilot(String pilot) {
		return groups.stream().filter(g -> g.pilot().equals(pilot)).findFirst();
	}

	void replaceGroup(OperatorGroup group) {
		groups.replaceAll(g -> g.index() == group.index() ? group : g);
		events.publish(seq -> new GroupChanged(seq, group));
	}

	// ---- calls ----

	SimCall newCall() {
		SimCall call = new SimCall("C" + nextCallId++, now());
		calls.put(call.id, call);
		return call;
	}

	/** Publishes a call's new state and every lamp it changed. */
	void changed(SimCall call, CallCause cause) {
		events.publish(seq -> new CallChanged(seq, call.toCall(), cause));
		updateLamps(call.parties.stream().map(p -> p.number).toList());
	}

	/** Ends a call: frees its timer and trunk, publishes the clearing and the lamps. */
	void clear(SimCall call, CallCause cause) {
		if (calls.remove(call.id) == null) {
			return;
		}
		call.cancelTimer();
		events.publish(seq -> new CallCleared(seq, call.id, cause));
		updateLamps(call.parties.stream().map(p -> p.number).toList());
	}

	/** Removes one party; a call left with fewer than two parties is cleared. */
	void dropParty(SimCall call, String number, CallCause cause) {
		call.parties.removeIf(p -> p.number.equals(number));
		if (call.parties.size() < 2) {
			clear(call, cause);
		} else {
			changed(call, cause);
		}
		updateLamps(List.of(number));
	}

	void operatorChanged(SimExtension operator) {
		events.publish(seq -> new OperatorChanged(seq, operator.toOperatorPosition()));
	}

	// ---- lamps ----

	void updateLamps(Collection<String> numbers) {
		Set<String> seen = new HashSet<>();
		for (String n : numbers) {
			SimExtension e = extensions.get(n);
			if (e == null || !seen.add(n)) {
				continue;
			}
			DeviceState lamp = lampOf(e);
			if (lamp != e.lamp) {
				e.lamp = lamp;
				events.publish(seq -> new ExtensionChanged(seq, e.toExtension()));
			}
		}
	}

	void extensionChanged(SimExtension e) {
		e.lamp = lampOf(e);
		events.publish(seq -> new ExtensionChanged(seq, e.toExtension()));
	}

	/** The lamp the board shows: the most significant state of the extension's connections. */
	DeviceState lampOf(SimExtension e) {
		if (e.outOfService) {
			return DeviceState.OUT_OF_SERVICE;
		}
		boolean talking = false, ringing = false, dialing = false, calling = false, held = false, parked = false;
		for (SimCall call : calls.values()) {
			Optional<SimParty> mine = call.party(e.number);
			if (mine.isEmpty()) {
				continue;
			}
			switch (mine.get().state) {
			case CONNECTED -> talking = true;
			case ALERTING, QUEUED -> ringing = true;
			case INITIATED -> {
				if (call.parties.size() > 1) {
					calling = true;
				} else {
					dialing = true;
				}
			}
			case HELD, HOLDING -> held = true;
			case PARKED -> parked = true;
			case FAILED -> dialing = true;
			}
		}
		if (talking) {
			return DeviceState.TALKING;
		}
		if (calling) {
			return DeviceState.CALLING;
		}
		if (dialing) {
			return DeviceState.DIALING;
		}
		if (ringing) {
			return DeviceState.RINGING;
		}
		if (held) {
			return DeviceState.HELD;
		}
		if (parked) {
			return DeviceState.PARKED;
		}
		if (e.isOperator() && e.handsetOffHook && !e.bound) {
			return DeviceState.DIALING;
		}
		return e.idleLamp();
	}

	// ---- snapshot ----

	PbxSnapshot snapshot() {
		return new PbxSnapshot(events.sequence(), config.info(), nightService,
				extensions.values().stream().map(SimExtension::toExtension).toList(),
				calls.values().stream().map(SimCall::toCall).toList(),
				extensions.values().stream().filter(SimExtension::isOperator).map(SimExtension::toOperatorPosition)
						.toList(),
				List.copyOf(groups));
	}

	static PbxRefusedException refused(RefusalReason reason, String message) {
		return new PbxRefusedException(reason, message);
	}
}
