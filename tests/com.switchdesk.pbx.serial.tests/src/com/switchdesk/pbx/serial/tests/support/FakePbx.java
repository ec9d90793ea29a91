package com.switchdesk.pbx.serial.tests.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongFunction;

import com.switchdesk.pbx.ConnectionStatus;
import com.switchdesk.pbx.PbxConnector;
import com.switchdesk.pbx.PbxListener;
import com.switchdesk.pbx.PbxRefusedException;
import com.switchdesk.pbx.RefusalReason;
import com.switchdesk.pbx.Scheduler;
import com.switchdesk.pbx.command.*;
import com.switchdesk.pbx.event.*;
import com.switchdesk.pbx.model.*;
import com.switchdesk.pbx.serial.internal.SnapshotMirror;

/**
 * A small PBX behind the SPI, for tests of the serial connector: extensions 8000 (operator) and
 * 8001–8009, calls made by {@link MakeCall}, refusals for unknown devices, and hooks to make events
 * happen, lose one inside the PBX, or restart. Everything runs on its scheduler, like a real connector.
 */
public final class FakePbx implements PbxConnector {

	public static final PbxInfo INFO = new PbxInfo("Fake PBX", "1.0", true);

	private final Scheduler scheduler;
	private final List<PbxListener> listeners = new CopyOnWriteArrayList<>();
	private final SnapshotMirror state = new SnapshotMirror();
	private final List<PbxCommand<?>> executed = new CopyOnWriteArrayList<>();
	private volatile ConnectionStatus status = ConnectionStatus.offline("Not started");
	private long sequence = 100;
	private int calls;

	private final int rooms;

	/** A PBX with the operator 8000 and rooms 8001–8009. */
	public FakePbx(Scheduler scheduler) {
		this(scheduler, 9);
	}

	/** A PBX with the operator 8000 and {@code rooms} rooms from 8001 on. */
	public FakePbx(Scheduler scheduler, int rooms) {
		this.scheduler = scheduler;
		this.rooms = rooms;
		state.apply(new SnapshotEvent(sequence, initialState(sequence)));
	}

	private PbxSnapshot initialState(long seq) {
		List<Extension> extensions = new ArrayList<>();
		extensions.add(new Extension("8000", "总机", ExtensionKind.OPERATOR, DeviceState.IDLE, false));
		for (int i = 1; i <= rooms; i++) {
			extensions.add(new Extension(Integer.toString(8000 + i), "Room " + i + " 客房", ExtensionKind.EXTENSION,
					DeviceState.IDLE, i == 9));
		}
		return new PbxSnapshot(seq, INFO, false, extensions, List.of(),
				List.of(new OperatorPosition("8000", false, false, true, Optional.empty())),
				List.of(new OperatorGroup(0, "999", GroupKind.OPERATOR, List.of("8000"), List.of("8001"))));
	}

	@Override
	public void start() {
		scheduler.execute(() -> {
			status = ConnectionStatus.online(INFO.describe());
			fire(new ConnectionEvent(sequence, status));
			fire(new SnapshotEvent(sequence, snapshot()));
		});
	}

	@Override
	public ConnectionStatus status() {
		return status;
	}

	@Override
	public <R> CompletionStage<R> execute(PbxCommand<R> command) {
		CompletableFuture<R> future = new CompletableFuture<>();
		scheduler.execute(() -> {
			executed.add(command);
			try {
				@SuppressWarnings("unchecked")
				R result = (R) handle(command);
				future.complete(result);
			} catch (PbxRefusedException e) {
				future.completeExceptionally(e);
			}
		});
		return future;
	}

	private Object handle(PbxCommand<?> command) {
		if (!status.isOnline()) {
			throw new PbxRefusedException(RefusalReason.OFFLINE, "The fake PBX is down");
		}
		return switch (command) {
		case MakeCall c -> makeCall(c);
		case ClearConnection c -> {
			requireCall(c.callId());
			emit(seq -> new CallCleared(seq, c.callId(), CallCause.NORMAL_CLEARING));
			yield null;
		}
		case ParkCall c -> {
			requireCall(c.callId());
			yield "701";
		}
		case SetNightService c -> {
			emit(seq -> new NightServiceChanged(seq, c.night()));
			yield null;
		}
		case ReadExtensionServices c -> ExtensionServices.defaults(requireExtension(c.extension()).number());
		case ReadWakeUpOrders c -> List.of();
		case ReadWakeUpLog c -> List.of();
		case ReadPendingWakeUps c -> List.of();
		case SetGroupMember c -> snapshot().groups().get(0);
		case ReadSnapshot c -> snapshot();
		case Intrude c -> throw new PbxRefusedException(RefusalReason.LEVEL_TOO_LOW,
				"Extension " + c.target() + " has an equal or higher barge-in level");
		default -> null;
		};
	}

	private Object makeCall(MakeCall c) {
		Extension from = requireExtension(c.from());
		String id = "call-" + ++calls;
		boolean internal = extension(c.to()).isPresent();
		Call call = new Call(id, List.of(new Party(from.number(), false, PartyState.CONNECTED),
				new Party(c.to(), !internal, PartyState.ALERTING)), scheduler.now(), "");
		emit(seq -> new CallChanged(seq, call, CallCause.DELIVERED));
		emit(seq -> new ExtensionChanged(seq, from.withState(DeviceState.CALLING)));
		extension(c.to()).ifPresent(to -> emit(seq -> new ExtensionChanged(seq, to.withState(DeviceState.RINGING))));
		return null;
	}

	// ---- hooks for tests (any thread) ----

	/** An extension's lamp changes, as if someone picked up the handset. */
	public void lamp(String number, DeviceState lamp) {
		scheduler.execute(() -> emit(seq -> new ExtensionChanged(seq, requireExtension(number).withState(lamp))));
	}

	/** The PBX loses one event internally: the next event's number jumps. */
	public void loseNextEventNumber() {
		scheduler.execute(() -> sequence++);
	}

	/** Restarts: down, every call lost, numbering from 1, back up with a new snapshot. */
	public void restart() {
		scheduler.execute(() -> {
			status = ConnectionStatus.reconnecting("The fake PBX is restarting", scheduler.now());
			fire(new ConnectionEvent(sequence, status));
			sequence = 1;
			state.apply(new SnapshotEvent(sequence, initialState(sequence)));
			status = ConnectionStatus.online(INFO.describe());
			fire(new ConnectionEvent(sequence, status));
			fire(new SnapshotEvent(sequence, snapshot()));
		});
	}

	/** The state now; call on the scheduler thread or when it is idle. */
	public PbxSnapshot snapshot() {
		return state.current().orElseThrow();
	}

	public List<PbxCommand<?>> executed() {
		return executed;
	}

	@Override
	public void addListener(PbxListener listener) {
		scheduler.execute(() -> {
			listeners.add(listener);
			if (status.isOnline()) {
				listener.onEvent(new SnapshotEvent(sequence, snapshot()));
			}
		});
	}

	@Override
	public void removeListener(PbxListener listener) {
		listeners.remove(listener);
	}

	@Override
	public void close() {
		status = ConnectionStatus.offline("Closed");
	}

	private void emit(LongFunction<PbxEvent> event) {
		PbxEvent e = event.apply(++sequence);
		state.apply(e);
		fire(e);
	}

	private void fire(PbxEvent e) {
		listeners.forEach(l -> l.onEvent(e));
	}

	private Optional<Extension> extension(String number) {
		return snapshot().extensions().stream().filter(x -> x.number().equals(number)).findFirst();
	}

	private Extension requireExtension(String number) {
		return extension(number).orElseThrow(
				() -> new PbxRefusedException(RefusalReason.UNKNOWN_DEVICE, "No extension " + number));
	}

	private void requireCall(String id) {
		if (snapshot().calls().stream().noneMatch(c -> c.id().equals(id))) {
			throw new PbxRefusedException(RefusalReason.UNKNOWN_DEVICE, "No call " + id);
		}
	}
}
