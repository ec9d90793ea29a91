package com.switchdesk.callcontrol.internal;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import com.switchdesk.callcontrol.CallView;
import com.switchdesk.callcontrol.ConsoleState;
import com.switchdesk.callcontrol.OperatorMode;
import com.switchdesk.callcontrol.PartyView;
import com.switchdesk.callcontrol.PendingAction;
import com.switchdesk.callcontrol.QueueEntry;
import com.switchdesk.pbx.ConnectionStatus;
import com.switchdesk.pbx.model.Call;
import com.switchdesk.pbx.model.OperatorPosition;
import com.switchdesk.pbx.model.Party;
import com.switchdesk.pbx.model.PartyState;
import com.switchdesk.pbx.model.PbxSnapshot;

/**
 * What the console knows about the PBX and the operator's own bookkeeping (which held calls are
 * manual or automatic, which call is a consultation), and the {@link ConsoleState} derived from it.
 * Only the call-control thread touches it.
 */
final class SessionModel {

	ConnectionStatus connection = ConnectionStatus.offline("Not connected yet");
	String position = "";
	boolean nightService;
	final Map<String, Call> calls = new LinkedHashMap<>();
	final Map<String, OperatorPosition> operators = new HashMap<>();
	/** Held calls put on hold with the Hold key; they never come back by themselves. */
	final Set<String> manualHolds = new HashSet<>();
	/** Calls held because another was answered; the last one comes back when the operator is free. */
	final Deque<String> autoHolds = new ArrayDeque<>();
	/** When each call first waited at or was taken by the operator, for queue order and the timer. */
	final Map<String, Instant> since = new HashMap<>();
	/** When the operator's party of each call was connected, for the call timer. */
	final Map<String, Instant> answeredAt = new HashMap<>();
	String consultationId;
	String consultationHeldId;
	/** The held call after a hookflash, until a third party is dialed. */
	String hookflashHeldId;
	PendingAction pending = PendingAction.NONE;

	void reset(PbxSnapshot snapshot) {
		calls.clear();
		snapshot.calls().forEach(c -> calls.put(c.id(), c));
		operators.clear();
		snapshot.operators().forEach(o -> operators.put(o.number(), o));
		nightService = snapshot.nightService();
		manualHolds.retainAll(calls.keySet());
		autoHolds.retainAll(calls.keySet());
		forgetEndedCalls();
	}

	void forgetEndedCalls() {
		since.keySet().retainAll(calls.keySet());
		answeredAt.keySet().retainAll(calls.keySet());
		manualHolds.retainAll(calls.keySet());
		autoHolds.retainAll(calls.keySet());
		if (consultationId != null && !isMine(consultationId)) {
			consultationId = null;
		}
		if (consultationHeldId != null && !isMine(consultationHeldId)) {
			consultationHeldId = null;
		}
		if (consultationId == null) {
			consultationHeldId = null;
		}
		if (hookflashHeldId != null && myState(hookflashHeldId) != PartyState.HOLDING) {
			hookflashHeldId = null;
		}
	}

	Optional<OperatorPosition> operator() {
		return Optional.ofNullable(operators.get(position));
	}

	boolean isMine(String callId) {
		Call c = calls.get(callId);
		return c != null && c.involves(position);
	}

	PartyState myState(String callId) {
		Call c = calls.get(callId);
		return c == null ? null : c.party(position).map(Party::state).orElse(null);
	}

	/** The call the operator talks or calls in, excluding a consultation. */
	Optional<Call> activeCall() {
		return calls.values().stream().filter(c -> !c.id().equals(consultationId))
				.filter(c -> c.party(position).map(p -> p.state() == PartyState.CONNECTED
						|| p.state() == PartyState.INITIATED).orElse(false))
				.findFirst();
	}

	Optional<Call> consultation() {
		return Optional.ofNullable(consultationId).map(calls::get);
	}

	Optional<Call> consultationHeld() {
		return Optional.ofNullable(consultationHeldId).map(calls::get);
	}

	boolean isFree() {
		return activeCall().isEmpty() && consultation().isEmpty() && hookflashHeldId == null;
	}

	List<Call> waitingCalls() {
		return calls.values().stream().filter(c -> c.party(position)
				.map(p -> p.state() == PartyState.ALERTING || p.state() == PartyState.QUEUED).orElse(false))
				.sorted((a, b) -> sinceOf(a).compareTo(sinceOf(b))).toList();
	}

	Instant sinceOf(Call c) {
		return since.getOrDefault(c.id(), c.started());
	}

	OperatorMode mode() {
		if (!connection.isOnline()) {
			return OperatorMode.DISCONNECTED;
		}
		if (position.isEmpty()) {
			return OperatorMode.LOGGED_OUT;
		}
		OperatorPosition op = operator().orElse(null);
		if (op != null && !op.online()) {
			return OperatorMode.LOCKED;
		}
		if (op == null || !op.bound()) {
			return OperatorMode.UNBOUND;
		}
		if (consultation().isPresent()) {
			return OperatorMode.CONSULTING;
		}
		Optional<Call> active = activeCall();
		if (active.isPresent()) {
			Call c = active.get();
			if (myState(c.id()) == PartyState.INITIATED) {
				return OperatorMode.CALLING;
			}
			long connected = c.others(position).stream().filter(p -> p.state() == PartyState.CONNECTED).count();
			return connected >= 2 ? OperatorMode.CONFERENCE : OperatorMode.TALKING;
		}
		if (hookflashHeldId != null) {
			return OperatorMode.DIALING;
		}
		return waitingCalls().isEmpty() ? OperatorMode.IDLE : OperatorMode.RINGING;
	}

	ConsoleState toState(Function<Party, String> names, Function<Party, String> ringtones) {
		OperatorPosition op = operator().orElse(null);
		Optional<CallView> current;
		Optional<CallView> consult = consultation().map(c -> view(c, names));
		if (consult.isPresent()) {
			current = consultationHeld().map(c -> view(c, names));
		} else {
			current = activeCall().or(() -> Optional.ofNullable(hookflashHeldId).map(calls::get))
					.map(c -> view(c, names));
		}
		return new ConsoleState(connection, position, mode(), op != null && op.bound(), op == null || op.online(),
				nightService, op == null ? Optional.empty() : op.forwarding(), current, consult, queue(names, ringtones),
				pending);
	}

	private CallView view(Call c, Function<Party, String> names) {
		List<PartyView> others = c.others(position).stream()
				.map(p -> new PartyView(p.number(), names.apply(p), p.external(), p.state())).toList();
		return new CallView(c.id(), others, answeredAt.getOrDefault(c.id(), sinceOf(c)));
	}

	private List<QueueEntry> queue(Function<Party, String> names, Function<Party, String> ringtones) {
		List<QueueEntry> rows = new ArrayList<>();
		List<Call> listed = new ArrayList<>();
		for (Call c : calls.values()) {
			PartyState mine = c.party(position).map(Party::state).orElse(null);
			boolean waiting = mine == PartyState.ALERTING || mine == PartyState.QUEUED;
			boolean held = mine == PartyState.HOLDING && !c.id().equals(consultationHeldId)
					&& !c.id().equals(hookflashHeldId);
			if (waiting || held || !c.parkSlot().isEmpty()) {
				listed.add(c);
			}
		}
		listed.sort((a, b) -> sinceOf(a).compareTo(sinceOf(b)));
		for (Call c : listed) {
			Party caller = c.others(position).isEmpty() ? c.caller() : c.others(position).get(0);
			QueueEntry.State state = !c.parkSlot().isEmpty() ? QueueEntry.State.PARKED
					: myState(c.id()) == PartyState.HOLDING
							? (autoHolds.contains(c.id()) ? QueueEntry.State.AUTO_HOLD : QueueEntry.State.MANUAL_HOLD)
							: QueueEntry.State.WAITING;
			rows.add(new QueueEntry(rows.size() + 1, c.id(), caller.external(), caller.number(), names.apply(caller),
					state, sinceOf(c), ringtones.apply(caller)));
		}
		return rows;
	}
}
