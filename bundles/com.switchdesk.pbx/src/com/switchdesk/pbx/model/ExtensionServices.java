package com.switchdesk.pbx.model;

import java.util.Objects;

/**
 * The services (分机业务) of one extension, as in the PBX's extension parameters (seed manual
 * figure 2.1 and section 3.6). Levels run from 0 (highest) to 15 (lowest).
 *
 * @param number             the extension
 * @param serviceClass       class of service 0–15 (等级)
 * @param callWaiting        call waiting in day service (呼入等待)
 * @param nightCallWaiting   call waiting in night service (夜服呼入等待)
 * @param callWaitingTone    a tone tells the busy extension that a call waits
 * @param callWaitingMode    call hold, or operator mode (the queue a console answers)
 * @param callerIdMode       FSK or DTMF caller ID
 * @param callerIdEnabled    caller ID shown
 * @param hotlineEnabled     lifting the handset dials the hotline number
 * @param hotlineNumber      the hotline destination, "" when none
 * @param noAnswerToOperator unanswered calls go to the operator (久叫不应转总机)
 * @param busyToOperator     calls to a busy extension go to the operator (直拨遇忙转总机)
 * @param maliciousCallTrace malicious call trace (恶意电话追踪)
 * @param internalTransfer   may transfer internal calls (内线转接权)
 * @param externalTransfer   may transfer external calls (外线转接权)
 * @param transferRecall     may recall a transfer (转接回收权)
 * @param outgoingOnBehalf   may dial out on behalf of another (出局代挂开关)
 * @param globalPickup       may pick up any ringing extension (全局代接权)
 * @param dndInternal        do-not-disturb for internal calls
 * @param dndInternalRest    do-not-disturb for internal calls during rest hours
 * @param dndExternal        do-not-disturb for external calls
 * @param dndExternalRest    do-not-disturb for external calls during rest hours
 * @param bargeEnabled       may barge in and force release (强插/强拆开关)
 * @param bargeLevel         barge-in level 0–15; a lower number wins (强插/强拆等级)
 * @param conferenceChair    may chair a conference (会议主席权)
 */
public record ExtensionServices(String number, int serviceClass, boolean callWaiting, boolean nightCallWaiting,
		boolean callWaitingTone, CallWaitingMode callWaitingMode, CallerIdMode callerIdMode, boolean callerIdEnabled,
		boolean hotlineEnabled, String hotlineNumber, boolean noAnswerToOperator, boolean busyToOperator,
		boolean maliciousCallTrace, boolean internalTransfer, boolean externalTransfer, boolean transferRecall,
		boolean outgoingOnBehalf, boolean globalPickup, boolean dndInternal, boolean dndInternalRest,
		boolean dndExternal, boolean dndExternalRest, boolean bargeEnabled, int bargeLevel, boolean conferenceChair) {

	public static final int LOWEST_LEVEL = 15;

	public ExtensionServices {
		Objects.requireNonNull(number);
		Objects.requireNonNull(callWaitingMode);
		Objects.requireNonNull(callerIdMode);
		Objects.requireNonNull(hotlineNumber);
		if (serviceClass < 0 || serviceClass > LOWEST_LEVEL) {
			throw new IllegalArgumentException("Class of service must be 0–15, not " + serviceClass);
		}
		if (bargeLevel < 0 || bargeLevel > LOWEST_LEVEL) {
			throw new IllegalArgumentException("Barge-in level must be 0–15, not " + bargeLevel);
		}
		if (hotlineEnabled && !hotlineNumber.matches("[0-9*#]+")) {
			throw new IllegalArgumentException("A hotline needs a number of digits, not '" + hotlineNumber + "'");
		}
	}

	/** The services of a new ordinary extension (figure 2.1's defaults). */
	public static ExtensionServices defaults(String number) {
		return builder(number).build();
	}

	/** The services the seed manual requires of an operator position (figure 2.1, section 1.1). */
	public static ExtensionServices operatorDefaults(String number) {
		return builder(number).callWaiting(true).callWaitingMode(CallWaitingMode.OPERATOR_MODE).internalTransfer(true)
				.externalTransfer(true).transferRecall(true).outgoingOnBehalf(true).globalPickup(true)
				.bargeEnabled(true).bargeLevel(1).build();
	}

	public boolean anyDnd() {
		return dndInternal || dndExternal || dndInternalRest || dndExternalRest;
	}

	public static Builder builder(String number) {
		return new Builder(number);
	}

	public Builder toBuilder() {
		return new Builder(this);
	}

	/** Builds a changed copy: services have many fields and most edits touch a few. */
	public static final class Builder {
		private String number;
		private int serviceClass;
		private boolean callWaiting;
		private boolean nightCallWaiting;
		private boolean callWaitingTone = true;
		private CallWaitingMode callWaitingMode = CallWaitingMode.CALL_HOLD;
		private CallerIdMode callerIdMode = CallerIdMode.FSK;
		private boolean callerIdEnabled = true;
		private boolean hotlineEnabled;
		private String hotlineNumber = "";
		private boolean noAnswerToOperator;
		private boolean busyToOperator;
		private boolean maliciousCallTrace;
		private boolean internalTransfer;
		private boolean externalTransfer;
		private boolean transferRecall;
		private boolean outgoingOnBehalf;
		private boolean globalPickup;
		private boolean dndInternal;
		private boolean dndInternalRest;
		private boolean dndExternal;
		private boolean dndExternalRest;
		private boolean bargeEnabled;
		private int bargeLevel = LOWEST_LEVEL;
		private boolean conferenceChair;

		private Builder(String number) {
			this.number = number;
		}

		private Builder(ExtensionServices s) {
			number = s.number;
			serviceClass = s.serviceClass;
			callWaiting = s.callWaiting;
			nightCallWaiting = s.nightCallWaiting;
			callWaitingTone = s.callWaitingTone;
			callWaitingMode = s.callWaitingMode;
			callerIdMode = s.callerIdMode;
			callerIdEnabled = s.callerIdEnabled;
			hotlineEnabled = s.hotlineEnabled;
			hotlineNumber = s.hotlineNumber;
			noAnswerToOperator = s.noAnswerToOperator;
			busyToOperator = s.busyToOperator;
			maliciousCallTrace = s.maliciousCallTrace;
			internalTransfer = s.internalTransfer;
			externalTransfer = s.externalTransfer;
			transferRecall = s.transferRecall;
			outgoingOnBehalf = s.outgoingOnBehalf;
			globalPickup = s.globalPickup;
			dndInternal = s.dndInternal;
			dndInternalRest = s.dndInternalRest;
			dndExternal = s.dndExternal;
			dndExternalRest = s.dndExternalRest;
			bargeEnabled = s.bargeEnabled;
			bargeLevel = s.bargeLevel;
			conferenceChair = s.conferenceChair;
		}

		public Builder number(String v) { number = v; return this; }
		public Builder serviceClass(int v) { serviceClass = v; return this; }
		public Builder callWaiting(boolean v) { callWaiting = v; return this; }
		public Builder nightCallWaiting(boolean v) { nightCallWaiting = v; return this; }
		public Builder callWaitingTone(boolean v) { callWaitingTone = v; return this; }
		public Builder callWaitingMode(CallWaitingMode v) { callWaitingMode = v; return this; }
		public Builder callerIdMode(CallerIdMode v) { callerIdMode = v; return this; }
		public Builder callerIdEnabled(boolean v) { callerIdEnabled = v; return this; }
		public Builder hotline(boolean enabled, String destination) { hotlineEnabled = enabled; hotlineNumber = destination; return this; }
		public Builder noAnswerToOperator(boolean v) { noAnswerToOperator = v; return this; }
		public Builder busyToOperator(boolean v) { busyToOperator = v; return this; }
		public Builder maliciousCallTrace(boolean v) { maliciousCallTrace = v; return this; }
		public Builder internalTransfer(boolean v) { internalTransfer = v; return this; }
		public Builder externalTransfer(boolean v) { externalTransfer = v; return this; }
		public Builder transferRecall(boolean v) { transferRecall = v; return this; }
		public Builder outgoingOnBehalf(boolean v) { outgoingOnBehalf = v; return this; }
		public Builder globalPickup(boolean v) { globalPickup = v; return this; }
		public Builder dndInternal(boolean v) { dndInternal = v; return this; }
		public Builder dndInternalRest(boolean v) { dndInternalRest = v; return this; }
		public Builder dndExternal(boolean v) { dndExternal = v; return this; }
		public Builder dndExternalRest(boolean v) { dndExternalRest = v; return this; }
		public Builder bargeEnabled(boolean v) { bargeEnabled = v; return this; }
		public Builder bargeLevel(int v) { bargeLevel = v; return this; }
		public Builder conferenceChair(boolean v) { conferenceChair = v; return this; }

		public ExtensionServices build() {
			return new ExtensionServices(number, serviceClass, callWaiting, nightCallWaiting, callWaitingTone,
					callWaitingMode, callerIdMode, callerIdEnabled, hotlineEnabled, hotlineNumber, noAnswerToOperator,
					busyToOperator, maliciousCallTrace, internalTransfer, externalTransfer, transferRecall,
					outgoingOnBehalf, globalPickup, dndInternal, dndInternalRest, dndExternal, dndExternalRest,
					bargeEnabled, bargeLevel, conferenceChair);
		}
	}
}
