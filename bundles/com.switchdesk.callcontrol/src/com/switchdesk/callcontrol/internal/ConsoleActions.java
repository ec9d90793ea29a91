package com.switchdesk.callcontrol.internal;

import static com.switchdesk.callcontrol.internal.ConsoleSession.refuse;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import com.switchdesk.callcontrol.ActionRefusedException.Problem;
import com.switchdesk.callcontrol.OperatorConsole.GroupSlot;
import com.switchdesk.callcontrol.PendingAction;
import com.switchdesk.pbx.command.AnswerCall;
import com.switchdesk.pbx.command.BindOperatorPhone;
import com.switchdesk.pbx.command.ClearConnection;
import com.switchdesk.pbx.command.ConferenceCall;
import com.switchdesk.pbx.command.ConsultationCall;
import com.switchdesk.pbx.command.ForceRelease;
import com.switchdesk.pbx.command.HoldCall;
import com.switchdesk.pbx.command.Hookflash;
import com.switchdesk.pbx.command.Intrude;
import com.switchdesk.pbx.command.MakeCall;
import com.switchdesk.pbx.command.ParkCall;
import com.switchdesk.pbx.command.PickupCall;
import com.switchdesk.pbx.command.ReconnectCall;
import com.switchdesk.pbx.command.RetrieveCall;
import com.switchdesk.pbx.command.SendDigits;
import com.switchdesk.pbx.command.SetGroupMember;
import com.switchdesk.pbx.command.SetNightService;
import com.switchdesk.pbx.command.SetOperatorForwarding;
import com.switchdesk.pbx.command.SetOperatorOnline;
import com.switchdesk.pbx.command.TransferCall;
import com.switchdesk.pbx.command.UnbindOperatorPhone;
import com.switchdesk.pbx.command.UnparkCall;
import com.switchdesk.pbx.model.Call;
import com.switchdesk.pbx.model.Forwarding;
import com.switchdesk.pbx.model.OperatorPosition;
import com.switchdesk.pbx.model.PartyState;

/**
 * Every console action: checked against the operator's state first (a refusal names the problem),
 * then turned into the PBX commands that carry it out. Runs on the call-control thread.
 */
final class ConsoleActions {

	private static final String DIALABLE = "[0-9*#]{1,32}";

	private final ConsoleSession s;
	private final SessionModel m;

	ConsoleActions(ConsoleSession session) {
		this.s = session;
		this.m = session.model;
	}

	// ---- session ----

	CompletionStage<Void> open(String position) {
		return s.act(() -> {
			requireOnlineLink();
			if (!m.operators.containsKey(position)) {
				throw refuse(Problem.INVALID_NUMBER, position);
			}
			m.position = position;
			m.pending = PendingAction.NONE;
			return done();
		});
	}

	CompletionStage<Void> close() {
		return s.act(() -> {
			String position = m.position;
			boolean bound = m.operator().map(OperatorPosition::bound).orElse(false);
			m.position = "";
			m.manualHolds.clear();
			m.autoHolds.clear();
			return bound && m.connection.isOnline() ? s.send(new UnbindOperatorPhone(position)) : done();
		});
	}

	CompletionStage<Void> bind() {
		return s.act(() -> {
			requireSession();
			return s.send(new BindOperatorPhone(m.position));
		});
	}

	// ---- keypad ----

	CompletionStage<Void> enter(String typed) {
		return s.act(() -> {
			String digits = typed.strip();
			requireCallControl();
			if (digits.isEmpty()) {
				if (m.pending != PendingAction.NONE) {
					throw refuse(Problem.NUMBER_NEEDED, m.pending.name());
				}
				List<Call> waiting = m.waitingCalls();
				if (waiting.isEmpty() || !m.isFree()) {
					throw refuse(Problem.NOTHING_TO_ANSWER);
				}
				return s.send(new AnswerCall(m.position, waiting.get(0).id()));
			}
			requireDialable(digits);
			return dialOrPending(digits);
		});
	}

	CompletionStage<Void> tileClicked(String extension) {
		return s.act(() -> {
			requireCallControl();
			return dialOrPending(extension);
		});
	}

	private CompletionStage<?> dialOrPending(String number) {
		if (m.pending != PendingAction.NONE) {
			PendingAction action = m.pending;
			m.pending = PendingAction.NONE;
			return targetedCommand(action, number);
		}
		if (m.consultation().isPresent()) {
			throw refuse(Problem.BUSY);
		}
		if (m.hookflashHeldId != null) {
			s.expectConsultation(m.hookflashHeldId);
			return s.send(new ConsultationCall(m.position, m.hookflashHeldId, number));
		}
		Optional<Call> active = m.activeCall();
		if (active.isPresent()) {
			if (m.myState(active.get().id()) != PartyState.CONNECTED) {
				throw refuse(Problem.BUSY);
			}
			// transfer by dialing (seed 3.13): the caller waits while the third party rings
			s.expectConsultation(active.get().id());
			return s.send(new ConsultationCall(m.position, active.get().id(), number));
		}
		return s.send(new MakeCall(m.position, number));
	}

	CompletionStage<Void> answer(String callId) {
		return s.act(() -> {
			requireCallControl();
			Call call = m.calls.get(callId);
			if (call == null || (!m.isMine(callId) && call.parkSlot().isEmpty())) {
				throw refuse(Problem.NO_SUCH_CALL, callId);
			}
			if (m.consultation().isPresent()) {
				throw refuse(Problem.BUSY);
			}
			PartyState mine = m.myState(callId);
			CompletionStage<?> freed = autoHoldCurrent();
			if (!call.parkSlot().isEmpty()) {
				return freed.thenCompose(v -> s.send(new UnparkCall(m.position, call.parkSlot())));
			}
			if (mine == PartyState.HOLDING) {
				m.manualHolds.remove(callId);
				m.autoHolds.remove(callId);
				return freed.thenCompose(v -> s.send(new RetrieveCall(m.position, callId)));
			}
			if (mine == PartyState.ALERTING || mine == PartyState.QUEUED) {
				return freed.thenCompose(v -> s.send(new AnswerCall(m.position, callId)));
			}
			throw refuse(Problem.NO_SUCH_CALL, callId);
		});
	}

	/** Seed 3.19: answering another call puts the current one on automatic hold. */
	private CompletionStage<?> autoHoldCurrent() {
		Optional<Call> active = m.activeCall();
		if (active.isEmpty() || m.myState(active.get().id()) != PartyState.CONNECTED) {
			if (active.isPresent()) {
				throw refuse(Problem.BUSY);
			}
			return done();
		}
		String id = active.get().id();
		m.autoHolds.push(id);
		return s.send(new HoldCall(m.position, id)).whenComplete((r, e) -> {
			if (e != null) {
				s.onThread(() -> m.autoHolds.remove(id));
			}
		});
	}

	CompletionStage<Void> reject(String callId) {
		return s.act(() -> {
			requireCallControl();
			PartyState mine = m.myState(callId);
			if (mine != PartyState.ALERTING && mine != PartyState.QUEUED) {
				throw refuse(Problem.NO_SUCH_CALL, callId);
			}
			return s.send(new ClearConnection(m.position, callId));
		});
	}

	CompletionStage<Void> hangUp() {
		return s.act(() -> {
			requireCallControl();
			if (m.consultation().isPresent() && m.consultationHeldId != null) {
				// hanging up during a transfer completes it (seed 3.13)
				return s.send(new TransferCall(m.position, m.consultationHeldId, m.consultationId));
			}
			if (m.hookflashHeldId != null) {
				return s.send(new RetrieveCall(m.position, m.hookflashHeldId));
			}
			Optional<Call> active = m.activeCall();
			if (active.isPresent()) {
				return s.send(new ClearConnection(m.position, active.get().id()));
			}
			List<Call> waiting = m.waitingCalls();
			if (!waiting.isEmpty()) {
				return s.send(new ClearConnection(m.position, waiting.get(0).id()));
			}
			throw refuse(Problem.NO_CALL);
		});
	}

	CompletionStage<Void> hold() {
		return s.act(() -> {
			requireCallControl();
			String id = answeredCall();
			m.manualHolds.add(id);
			return s.send(new HoldCall(m.position, id)).whenComplete((r, e) -> {
				if (e != null) {
					s.onThread(() -> m.manualHolds.remove(id));
				}
			});
		});
	}

	CompletionStage<Void> hookflash() {
		return s.act(() -> {
			requireCallControl();
			String id = answeredCall();
			m.hookflashHeldId = id;
			return s.send(new Hookflash(m.position, id)).whenComplete((r, e) -> {
				if (e != null) {
					s.onThread(() -> m.hookflashHeldId = null);
				}
			});
		});
	}

	CompletionStage<Void> sendDigits(String digits) {
		return s.act(() -> {
			requireCallControl();
			if (digits.isBlank()) {
				throw refuse(Problem.NUMBER_NEEDED, "post-dial");
			}
			requireDialable(digits.strip());
			return s.send(new SendDigits(m.position, answeredCall(), digits.strip()));
		});
	}

	CompletionStage<Void> park() {
		return s.act(() -> {
			requireCallControl();
			return s.send(new ParkCall(m.position, answeredCall()));
		});
	}

	CompletionStage<Void> recall() {
		return s.act(() -> {
			requireCallControl();
			if (m.consultation().isEmpty() || m.consultationHeldId == null) {
				throw refuse(Problem.NOTHING_TO_RECALL);
			}
			return s.send(new ReconnectCall(m.position, m.consultationHeldId, m.consultationId));
		});
	}

	CompletionStage<Void> threeWay() {
		return s.act(() -> {
			requireCallControl();
			Optional<Call> consultation = m.consultation();
			boolean answered = consultation.map(c -> c.others(m.position).stream()
					.anyMatch(p -> p.state() == PartyState.CONNECTED)).orElse(false);
			if (!answered || m.consultationHeldId == null) {
				throw refuse(Problem.NO_THIRD_PARTY);
			}
			return s.send(new ConferenceCall(m.position, m.consultationHeldId, m.consultationId));
		});
	}

	CompletionStage<Void> targeted(PendingAction action, Optional<String> target) {
		return s.act(() -> {
			requireCallControl();
			if (target.isEmpty() || target.get().isBlank()) {
				m.pending = m.pending == action ? PendingAction.NONE : action;
				return done();
			}
			requireDialable(target.get().strip());
			m.pending = PendingAction.NONE;
			return targetedCommand(action, target.get().strip());
		});
	}

	private CompletionStage<?> targetedCommand(PendingAction action, String target) {
		return switch (action) {
		case PICKUP -> s.send(new PickupCall(m.position, target));
		case BARGE_IN -> s.send(new Intrude(m.position, target));
		case FORCE_RELEASE -> s.send(new ForceRelease(m.position, target));
		case NONE -> throw new IllegalStateException("no pending action");
		};
	}

	// ---- console functions ----

	CompletionStage<Void> setOnline(boolean online) {
		return s.act(() -> {
			requireSession();
			return s.send(new SetOperatorOnline(m.position, online));
		});
	}

	CompletionStage<Void> setNightService(boolean night) {
		return s.act(() -> {
			requireSession();
			return s.send(new SetNightService(night));
		});
	}

	CompletionStage<Void> setForwarding(Optional<Forwarding> forwarding) {
		return s.act(() -> {
			requireSession();
			forwarding.ifPresent(f -> requireDialable(f.number()));
			return s.send(new SetOperatorForwarding(m.position, forwarding));
		});
	}

	CompletionStage<Void> replaceGroupMember(GroupSlot slot, String member) {
		return s.act(() -> {
			requireSession();
			requireDialable(member);
			if (!slot.day() && !slot.night()) {
				throw refuse(Problem.NUMBER_NEEDED, "group slot");
			}
			CompletionStage<?> day = slot.day()
					? s.send(new SetGroupMember(slot.group(), false, slot.dayIndex(), member))
					: done();
			return slot.night()
					? day.thenCompose(v -> s.send(new SetGroupMember(slot.group(), true, slot.nightIndex(), member)))
					: day;
		});
	}

	// ---- checks ----

	private String answeredCall() {
		Optional<Call> active = m.activeCall();
		if (m.consultation().isPresent() || active.isEmpty()
				|| m.myState(active.get().id()) != PartyState.CONNECTED) {
			throw refuse(m.consultation().isPresent() ? Problem.BUSY : Problem.NO_CALL);
		}
		return active.get().id();
	}

	private void requireOnlineLink() {
		if (!m.connection.isOnline()) {
			throw refuse(Problem.NOT_CONNECTED);
		}
	}

	private void requireSession() {
		requireOnlineLink();
		if (m.position.isEmpty()) {
			throw refuse(Problem.NOT_LOGGED_IN);
		}
	}

	/** Call actions need a bound phone and a console that is not locked. */
	private void requireCallControl() {
		requireSession();
		OperatorPosition op = m.operator().orElse(null);
		if (op != null && !op.online()) {
			throw refuse(Problem.OFFLINE);
		}
		if (op == null || !op.bound()) {
			throw refuse(Problem.NOT_BOUND, m.position);
		}
	}

	private static void requireDialable(String number) {
		if (!number.matches(DIALABLE)) {
			throw refuse(Problem.INVALID_NUMBER, number);
		}
	}

	private static CompletionStage<Object> done() {
		return CompletableFuture.completedFuture(null);
	}
}
