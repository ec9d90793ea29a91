package com.switchdesk.callcontrol;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.switchdesk.pbx.ConnectionStatus;
import com.switchdesk.pbx.model.Forwarding;

/**
 * Everything the operator's status area, keypad and queue show, at one moment. Immutable.
 *
 * @param connection   the PBX link
 * @param position     the operator extension logged in here, "" before login
 * @param mode         what the position is doing
 * @param bound        the operator phone is bound
 * @param online       false while the operator is offline
 * @param nightService the PBX is in night service
 * @param forwarding   the position's forwarding (case 1), if any
 * @param current      the call the operator is in (the caller, during a consultation)
 * @param consultation the third party's call during transfer by dialing
 * @param queue        waiting and held calls, in order
 * @param pending      a key waiting for its target
 */
public record ConsoleState(ConnectionStatus connection, String position, OperatorMode mode, boolean bound,
		boolean online, boolean nightService, Optional<Forwarding> forwarding, Optional<CallView> current,
		Optional<CallView> consultation, List<QueueEntry> queue, PendingAction pending) {

	public ConsoleState {
		Objects.requireNonNull(connection);
		Objects.requireNonNull(position);
		Objects.requireNonNull(mode);
		Objects.requireNonNull(forwarding);
		Objects.requireNonNull(current);
		Objects.requireNonNull(consultation);
		queue = List.copyOf(queue);
		Objects.requireNonNull(pending);
	}

	public long waitingCount() {
		return queue.stream().filter(e -> e.state() == QueueEntry.State.WAITING).count();
	}
}
