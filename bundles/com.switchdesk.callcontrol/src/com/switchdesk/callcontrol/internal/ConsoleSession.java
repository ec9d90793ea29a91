package com.switchdesk.callcontrol.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.switchdesk.callcontrol.ActionRefusedException;
import com.switchdesk.callcontrol.ActionRefusedException.Problem;
import com.switchdesk.callcontrol.CallerDirectory;
import com.switchdesk.callcontrol.CallerDirectory.CallerInfo;
import com.switchdesk.callcontrol.ConsoleNotice;
import com.switchdesk.callcontrol.ConsoleState;
import com.switchdesk.callcontrol.OperatorConsole;
import com.switchdesk.callcontrol.PbxConnection;
import com.switchdesk.callcontrol.PendingAction;
import com.switchdesk.pbx.PbxRefusedException;
import com.switchdesk.pbx.command.PbxCommand;
import com.switchdesk.pbx.command.RetrieveCall;
import com.switchdesk.pbx.event.CallCause;
import com.switchdesk.pbx.event.CallChanged;
import com.switchdesk.pbx.event.CallCleared;
import com.switchdesk.pbx.event.ConnectionEvent;
import com.switchdesk.pbx.event.ExtensionChanged;
import com.switchdesk.pbx.event.NightServiceChanged;
import com.switchdesk.pbx.event.OperatorChanged;
import com.switchdesk.pbx.event.PbxEvent;
import com.switchdesk.pbx.event.SnapshotEvent;
import com.switchdesk.pbx.model.Call;
import com.switchdesk.pbx.model.Forwarding;
import com.switchdesk.pbx.model.OperatorPosition;
import com.switchdesk.pbx.model.Party;
import com.switchdesk.pbx.model.PartyState;

/**
 * The operator session: applies PBX events to the {@link SessionModel} and the board, and carries
 * out actions (see {@link ConsoleActions}). Everything runs on the call-control thread.
 */
final class ConsoleSession implements OperatorConsole {

	private static final Logger LOG = Logger.getLogger(ConsoleSession.class.getName());

	final SessionModel model = new SessionModel();
	final BoardState board;
	private final PbxConnection connection;
	private final Executor thread;
	private final Executor lookups;
	private final Clock clock;
	private final List<Listener> listeners = new CopyOnWriteArrayList<>();
	private final Map<String, CallerInfo> callers = new ConcurrentHashMap<>();
	private final ConsoleActions actions;
	private volatile ConsoleState state;
	private volatile CallerDirectory directory;
	private boolean autoReturning;
	/** Actions under way: an auto-held call must not come back between an action's steps. */
	private int actionsInFlight;
	private String expectedConsultationHeld;

	ConsoleSession(BoardState board, PbxConnection connection, Executor thread, Executor lookups, Clock clock) {
		this.board = board;
		this.connection = connection;
		this.thread = thread;
		this.lookups = lookups;
		this.clock = clock;
		this.actions = new ConsoleActions(this);
		this.state = model.toState(this::nameOf, this::ringtoneOf);
	}

	void setDirectory(CallerDirectory directory) {
		this.directory = directory;
	}

	// ---- events ----

	void onEvent(PbxEvent event) {
		boolean wasBound = model.operator().map(OperatorPosition::bound).orElse(false);
		switch (event) {
		case ConnectionEvent c -> model.connection = c.status();
		case SnapshotEvent s -> {
			model.reset(s.snapshot());
			board.reset(s.snapshot());
			s.snapshot().calls().forEach(this::lookUpCallers);
		}
		case ExtensionChanged x -> board.changed(x.extension());
		case CallChanged c -> callChanged(c);
		case CallCleared c -> model.calls.remove(c.callId());
		case OperatorChanged o -> model.operators.put(o.operator().number(), o.operator());
		case NightServiceChanged n -> model.nightService = n.night();
		default -> {
			// groups, services and wake-up events are read on demand by the administrator views
		}
		}
		boolean bound = model.operator().map(OperatorPosition::bound).orElse(false);
		if (wasBound && !bound && !model.position.isEmpty()) {
			notice(ConsoleNotice.of(clock.instant(), ConsoleNotice.Kind.BINDING_LOST, model.position));
		}
		afterChange();
	}

	private void callChanged(CallChanged event) {
		Call call = event.call();
		Call before = model.calls.put(call.id(), call);
		lookUpCallers(call);
		Optional<Party> me = call.party(model.position);
		if (model.position.isEmpty() || me.isEmpty()) {
			return;
		}
		PartyState mine = me.get().state();
		boolean newHere = before == null || !before.involves(model.position);
		if (newHere) {
			model.since.put(call.id(), clock.instant());
			if (mine == PartyState.ALERTING || mine == PartyState.QUEUED) {
				notice(ConsoleNotice.of(clock.instant(), ConsoleNotice.Kind.INCOMING_CALL, call.id()));
			}
		}
		if (mine == PartyState.CONNECTED) {
			model.answeredAt.putIfAbsent(call.id(), clock.instant());
		}
		if (event.cause() == CallCause.CONSULTATION && mine == PartyState.INITIATED
				&& expectedConsultationHeld != null) {
			model.consultationId = call.id();
			model.consultationHeldId = expectedConsultationHeld;
			model.hookflashHeldId = null;
			expectedConsultationHeld = null;
		}
	}

	/** Bookkeeping after every change: ended calls, a consultation that failed, auto-return, publishing. */
	void afterChange() {
		if (model.consultationId != null && !model.isMine(model.consultationId) && model.consultationHeldId != null
				&& model.myState(model.consultationHeldId) == PartyState.HOLDING) {
			// the third party hung up or never answered: the caller comes back by itself
			model.autoHolds.push(model.consultationHeldId);
			model.consultationId = null;
		}
		model.forgetEndedCalls();
		autoReturn();
		publish();
	}

	private void autoReturn() {
		if (autoReturning || actionsInFlight > 0 || model.autoHolds.isEmpty() || !model.isFree()
				|| !model.connection.isOnline()) {
			return;
		}
		String callId = model.autoHolds.peek();
		autoReturning = true;
		send(new RetrieveCall(model.position, callId)).whenComplete((r, e) -> thread
				.execute(() -> {
					autoReturning = false;
					model.autoHolds.remove(callId);
					if (e == null) {
						notice(ConsoleNotice.of(clock.instant(), ConsoleNotice.Kind.AUTO_RETURNED, callId));
					} else {
						notice(ConsoleNotice.refused(clock.instant(), unwrap(e)));
					}
					afterChange();
				}));
	}

	// ---- names ----

	String nameOf(Party party) {
		if (!party.external()) {
			return board.nameOf(party.number());
		}
		CallerInfo info = callers.get(party.number());
		return info == null ? "" : info.name();
	}

	String ringtoneOf(Party party) {
		CallerInfo info = party.external() ? callers.get(party.number()) : null;
		return info == null ? "" : info.ringtone();
	}

	private void lookUpCallers(Call call) {
		CallerDirectory dir = directory;
		if (dir == null) {
			return;
		}
		for (Party p : call.parties()) {
			if (p.external() && !callers.containsKey(p.number())) {
				callers.put(p.number(), new CallerInfo("", "", ""));
				lookups.execute(() -> {
					try {
						dir.lookup(p.number()).ifPresent(info -> thread.execute(() -> {
							callers.put(p.number(), info);
							publish();
						}));
					} catch (RuntimeException e) {
						LOG.log(Level.WARNING, "Caller lookup failed for " + p.number(), e);
					}
				});
			}
		}
	}

	/** The customer information of an outside number, if the directory knows it. */
	Optional<CallerInfo> callerInfo(String number) {
		return Optional.ofNullable(callers.get(number)).filter(i -> !i.name().isEmpty());
	}

	// ---- publishing ----

	private void publish() {
		ConsoleState next = model.toState(this::nameOf, this::ringtoneOf);
		if (!next.equals(state)) {
			state = next;
			listeners.forEach(l -> safely(() -> l.stateChanged(next)));
		}
	}

	void notice(ConsoleNotice notice) {
		listeners.forEach(l -> safely(() -> l.notice(notice)));
	}

	private static void safely(Runnable r) {
		try {
			r.run();
		} catch (RuntimeException e) {
			LOG.log(Level.WARNING, "A console listener failed", e);
		}
	}

	// ---- plumbing for actions ----

	<R> CompletionStage<R> send(PbxCommand<R> command) {
		return connection.connector().execute(command);
	}

	/** Runs an action on the call-control thread; a refusal is published as a notice and fails the stage. */
	CompletionStage<Void> act(Supplier<CompletionStage<?>> action) {
		CompletableFuture<Void> result = new CompletableFuture<>();
		thread.execute(() -> {
			actionsInFlight++;
			try {
				action.get().whenComplete((r, e) -> thread.execute(() -> {
					actionsInFlight--;
					if (e != null) {
						RuntimeException refusal = unwrap(e);
						notice(ConsoleNotice.refused(clock.instant(), refusal));
						result.completeExceptionally(refusal);
					} else {
						result.complete(null);
					}
					afterChange();
				}));
			} catch (ActionRefusedException | PbxRefusedException e) {
				actionsInFlight--;
				notice(ConsoleNotice.refused(clock.instant(), e));
				result.completeExceptionally(e);
				afterChange();
			}
		});
		return result;
	}

	static RuntimeException unwrap(Throwable e) {
		Throwable t = e;
		while (t instanceof CompletionException && t.getCause() != null) {
			t = t.getCause();
		}
		return t instanceof RuntimeException r ? r : new IllegalStateException(t);
	}

	void onThread(Runnable work) {
		thread.execute(work);
	}

	void expectConsultation(String heldCallId) {
		expectedConsultationHeld = heldCallId;
	}

	static ActionRefusedException refuse(Problem problem, String... args) {
		return new ActionRefusedException(problem, args);
	}

	// ---- OperatorConsole ----

	@Override
	public ConsoleState state() {
		return state;
	}

	@Override
	public void addListener(Listener listener) {
		listeners.add(listener);
	}

	@Override
	public void removeListener(Listener listener) {
		listeners.remove(listener);
	}

	@Override
	public CompletionStage<Void> open(String position) {
		return actions.open(position);
	}

	@Override
	public CompletionStage<Void> close() {
		return actions.close();
	}

	@Override
	public CompletionStage<Void> bind() {
		return actions.bind();
	}

	@Override
	public CompletionStage<Void> enter(String digits) {
		return actions.enter(digits);
	}

	@Override
	public CompletionStage<Void> tileClicked(String extension) {
		return actions.tileClicked(extension);
	}

	@Override
	public CompletionStage<Void> answer(String callId) {
		return actions.answer(callId);
	}

	@Override
	public CompletionStage<Void> reject(String callId) {
		return actions.reject(callId);
	}

	@Override
	public CompletionStage<Void> hangUp() {
		return actions.hangUp();
	}

	@Override
	public CompletionStage<Void> hold() {
		return actions.hold();
	}

	@Override
	public CompletionStage<Void> hookflash() {
		return actions.hookflash();
	}

	@Override
	public CompletionStage<Void> sendDigits(String digits) {
		return actions.sendDigits(digits);
	}

	@Override
	public CompletionStage<Void> park() {
		return actions.park();
	}

	@Override
	public CompletionStage<Void> recall() {
		return actions.recall();
	}

	@Override
	public CompletionStage<Void> threeWay() {
		return actions.threeWay();
	}

	@Override
	public CompletionStage<Void> pickup(Optional<String> target) {
		return actions.targeted(PendingAction.PICKUP, target);
	}

	@Override
	public CompletionStage<Void> bargeIn(Optional<String> target) {
		return actions.targeted(PendingAction.BARGE_IN, target);
	}

	@Override
	public CompletionStage<Void> forceRelease(Optional<String> target) {
		return actions.targeted(PendingAction.FORCE_RELEASE, target);
	}

	@Override
	public void cancelPending() {
		thread.execute(() -> {
			model.pending = PendingAction.NONE;
			publish();
		});
	}

	@Override
	public CompletionStage<Void> setOnline(boolean online) {
		return actions.setOnline(online);
	}

	@Override
	public CompletionStage<Void> setNightService(boolean night) {
		return actions.setNightService(night);
	}

	@Override
	public CompletionStage<Void> setForwarding(Optional<Forwarding> forwarding) {
		return actions.setForwarding(forwarding);
	}

	@Override
	public CompletionStage<Void> replaceGroupMember(GroupSlot slot, String member) {
		return actions.replaceGroupMember(slot, member);
	}
}
