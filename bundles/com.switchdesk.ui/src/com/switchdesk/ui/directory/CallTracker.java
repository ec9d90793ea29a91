package com.switchdesk.ui.directory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.switchdesk.callcontrol.CallView;
import com.switchdesk.callcontrol.ConsoleState;
import com.switchdesk.callcontrol.OperatorMode;
import com.switchdesk.callcontrol.PartyView;
import com.switchdesk.callcontrol.QueueEntry;
import com.switchdesk.model.CallDirection;
import com.switchdesk.model.CallOutcome;
import com.switchdesk.model.CallRecord;
import com.switchdesk.model.SwitchdeskFactory;

/**
 * Turns the console's successive states into call-log lines (F10): it follows each of the operator's calls from
 * its first appearance (waiting in the queue: a call to the operator; as the current call: one the operator
 * made) to its end, noting when it was answered, who else joined (transfer targets, a three-way party), and how
 * it ended. Not thread-safe: fed by one thread (the console's listener).
 * <p>
 * Directions follow the dial-back rule of the call log: a call to the operator is {@link CallDirection#INBOUND}
 * (internal or external caller; dial back calls the caller); one the operator made is
 * {@link CallDirection#OUTBOUND} to an outside number or {@link CallDirection#INTERNAL} to an extension.
 */
public final class CallTracker {

	/** Modes in which the operator speaks with the call's party: it was answered. */
	private static final Set<OperatorMode> CONNECTED = Set.of(OperatorMode.TALKING, OperatorMode.CONSULTING,
			OperatorMode.CONFERENCE);

	private final Clock clock;
	private final Map<String, Tracked> calls = new HashMap<>();

	private static final class Tracked {
		final Instant start;
		final boolean inbound;
		boolean external;
		final String caller;
		String called;
		final Set<String> others = new LinkedHashSet<>();
		Instant answered;
		QueueEntry.State queueState;
		boolean transferring;
		boolean conference;

		Tracked(Instant start, boolean inbound, boolean external, String caller, String called) {
			this.start = start;
			this.inbound = inbound;
			this.external = external;
			this.caller = caller;
			this.called = called;
		}
	}

	public CallTracker(Clock clock) {
		this.clock = clock;
	}

	/** @return the calls that ended with this state, as call-log lines without ids */
	public List<CallRecord> update(ConsoleState state) {
		Instant now = clock.instant();
		String position = state.position();
		Set<String> present = new HashSet<>();
		for (QueueEntry q : state.queue()) {
			present.add(q.callId());
			Tracked t = calls.computeIfAbsent(q.callId(),
					id -> new Tracked(q.since(), true, q.external(), q.number(), position));
			t.queueState = q.state();
		}
		state.current().ifPresent(c -> {
			present.add(c.callId());
			Tracked t = calls.computeIfAbsent(c.callId(), id -> new Tracked(c.since(), false, c.isExternal(), position,
					c.others().isEmpty() ? "" : c.others().get(0).number()));
			t.queueState = null;
			if (!t.inbound && t.called.isEmpty() && !c.others().isEmpty()) {
				// a call the operator dials shows its other party only once the number is complete
				t.called = c.others().get(0).number();
				t.external = c.isExternal();
			}
			if (t.answered == null && CONNECTED.contains(state.mode())) {
				t.answered = c.since();
			}
			t.conference |= state.mode() == OperatorMode.CONFERENCE;
			t.transferring = state.consultation().isPresent();
			addOthers(t, c);
			state.consultation().ifPresent(k -> {
				present.add(k.callId());
				addOthers(t, k);
			});
		});
		List<CallRecord> ended = new ArrayList<>();
		for (Iterator<Map.Entry<String, Tracked>> it = calls.entrySet().iterator(); it.hasNext();) {
			Map.Entry<String, Tracked> e = it.next();
			if (!present.contains(e.getKey())) {
				ended.add(record(e.getValue(), position, now));
				it.remove();
			}
		}
		return ended;
	}

	private static void addOthers(Tracked t, CallView call) {
		for (PartyView p : call.others()) {
			if (!p.number().equals(t.caller) && !p.number().equals(t.called)) {
				t.others.add(p.number());
			}
		}
	}

	private static CallRecord record(Tracked t, String position, Instant end) {
		CallRecord r = SwitchdeskFactory.eINSTANCE.createCallRecord();
		r.setStart(Date.from(t.start));
		r.setEnd(Date.from(end));
		r.setDirection(t.inbound ? CallDirection.INBOUND : t.external ? CallDirection.OUTBOUND : CallDirection.INTERNAL);
		r.setCallerNumber(t.caller);
		r.setCalledNumber(t.called);
		r.getOtherParties().addAll(t.others);
		r.setOperatorExtension(position);
		r.setDurationSeconds(t.answered == null ? 0 : (int) Math.max(0, Duration.between(t.answered, end).getSeconds()));
		r.setOutcome(outcome(t));
		return r;
	}

	private static CallOutcome outcome(Tracked t) {
		if (t.conference) {
			return CallOutcome.CONFERENCED;
		}
		if (t.transferring) {
			return CallOutcome.TRANSFERRED;
		}
		if (t.queueState == QueueEntry.State.PARKED) {
			return CallOutcome.PARKED;
		}
		if (t.answered != null) {
			return CallOutcome.ANSWERED;
		}
		return t.inbound ? CallOutcome.MISSED : CallOutcome.ABANDONED;
	}
}
