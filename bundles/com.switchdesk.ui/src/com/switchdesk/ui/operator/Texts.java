package com.switchdesk.ui.operator;

import java.time.Duration;

import org.eclipse.osgi.util.NLS;

import com.switchdesk.callcontrol.ActionRefusedException;
import com.switchdesk.callcontrol.OperatorMode;
import com.switchdesk.callcontrol.PendingAction;
import com.switchdesk.callcontrol.QueueEntry;
import com.switchdesk.pbx.ConnectionStatus;
import com.switchdesk.pbx.PbxRefusedException;

/** Operator-facing texts for the console's states and refusals, in the UI language. */
public final class Texts {

	private Texts() {
	}

	public static String mode(OperatorMode mode) {
		return switch (mode) {
		case DISCONNECTED -> Messages.Mode_DISCONNECTED;
		case LOGGED_OUT -> Messages.Mode_LOGGED_OUT;
		case UNBOUND -> Messages.Mode_UNBOUND;
		case LOCKED -> Messages.Mode_LOCKED;
		case IDLE -> Messages.Mode_IDLE;
		case RINGING -> Messages.Mode_RINGING;
		case DIALING -> Messages.Mode_DIALING;
		case CALLING -> Messages.Mode_CALLING;
		case TALKING -> Messages.Mode_TALKING;
		case CONSULTING -> Messages.Mode_CONSULTING;
		case CONFERENCE -> Messages.Mode_CONFERENCE;
		};
	}

	public static String pending(PendingAction action) {
		return switch (action) {
		case PICKUP -> Messages.Status_pending_PICKUP;
		case BARGE_IN -> Messages.Status_pending_BARGE_IN;
		case FORCE_RELEASE -> Messages.Status_pending_FORCE_RELEASE;
		case NONE -> "";
		};
	}

	public static String queueState(QueueEntry.State state) {
		return switch (state) {
		case WAITING -> Messages.Queue_WAITING;
		case MANUAL_HOLD -> Messages.Queue_MANUAL_HOLD;
		case AUTO_HOLD -> Messages.Queue_AUTO_HOLD;
		case PARKED -> Messages.Queue_PARKED;
		};
	}

	/** Why an action did not happen, for the status area: the console's or the PBX's reason. */
	public static String refusal(Throwable error) {
		String why;
		if (error instanceof ActionRefusedException a) {
			why = NLS.bind(problem(a.problem()), a.arguments().toArray());
		} else if (error instanceof PbxRefusedException p) {
			why = reason(p) + " (" + p.getMessage() + ")";
		} else {
			why = String.valueOf(error.getMessage());
		}
		return NLS.bind(Messages.Refused, why);
	}

	private static String problem(ActionRefusedException.Problem problem) {
		return switch (problem) {
		case NOT_CONNECTED -> Messages.Problem_NOT_CONNECTED;
		case NOT_LOGGED_IN -> Messages.Problem_NOT_LOGGED_IN;
		case NOT_BOUND -> Messages.Problem_NOT_BOUND;
		case OFFLINE -> Messages.Problem_OFFLINE;
		case NO_CALL -> Messages.Problem_NO_CALL;
		case NOTHING_TO_ANSWER -> Messages.Problem_NOTHING_TO_ANSWER;
		case NOTHING_TO_RECALL -> Messages.Problem_NOTHING_TO_RECALL;
		case NO_THIRD_PARTY -> Messages.Problem_NO_THIRD_PARTY;
		case NUMBER_NEEDED -> Messages.Problem_NUMBER_NEEDED;
		case INVALID_NUMBER -> Messages.Problem_INVALID_NUMBER;
		case NO_SUCH_CALL -> Messages.Problem_NO_SUCH_CALL;
		case BUSY -> Messages.Problem_BUSY;
		};
	}

	private static String reason(PbxRefusedException p) {
		return switch (p.reason()) {
		case INVALID_STATE -> Messages.Reason_INVALID_STATE;
		case UNKNOWN_DEVICE -> Messages.Reason_UNKNOWN_DEVICE;
		case NO_RIGHT -> Messages.Reason_NO_RIGHT;
		case LEVEL_TOO_LOW -> Messages.Reason_LEVEL_TOO_LOW;
		case OFFICE_EXTENSION -> Messages.Reason_OFFICE_EXTENSION;
		case NOT_SUPPORTED -> Messages.Reason_NOT_SUPPORTED;
		case BUSY -> Messages.Reason_BUSY;
		case NOT_BOUND -> Messages.Reason_NOT_BOUND;
		case INVALID_ARGUMENT -> Messages.Reason_INVALID_ARGUMENT;
		case OFFLINE -> Messages.Reason_OFFLINE;
		case TIMEOUT -> Messages.Reason_TIMEOUT;
		};
	}

	public static String connection(ConnectionStatus status) {
		return switch (status.state()) {
		case ONLINE -> NLS.bind(Messages.Connection_online, status.detail());
		case CONNECTING -> NLS.bind(Messages.Connection_connecting, status.detail());
		case RECONNECTING -> NLS.bind(Messages.Connection_reconnecting,
				status.nextAttempt().map(t -> t.atZone(java.time.ZoneId.systemDefault()).toLocalTime()
						.withNano(0).toString()).orElse("?"),
				status.detail());
		case OFFLINE -> NLS.bind(Messages.Connection_offline, status.detail());
		};
	}

	/** A call timer: m:ss, or h:mm:ss after an hour. */
	public static String duration(Duration d) {
		long s = Math.max(0, d.getSeconds());
		return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, (s % 3600) / 60, s % 60)
				: String.format("%d:%02d", s / 60, s % 60);
	}
}
