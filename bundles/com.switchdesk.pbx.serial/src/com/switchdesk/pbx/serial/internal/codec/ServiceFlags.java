package com.switchdesk.pbx.serial.internal.codec;

import com.switchdesk.pbx.model.ExtensionServices;

/**
 * The nineteen on/off services of an extension packed into one 32-bit word, bit 0 first in the order
 * below (docs/protocol.md section 7.4, "ExtensionServices"). Bits 19–31 are sent as 0 and ignored.
 */
final class ServiceFlags {

	static final int CALL_WAITING = 0;
	static final int NIGHT_CALL_WAITING = 1;
	static final int CALL_WAITING_TONE = 2;
	static final int CALLER_ID_ENABLED = 3;
	static final int HOTLINE_ENABLED = 4;
	static final int NO_ANSWER_TO_OPERATOR = 5;
	static final int BUSY_TO_OPERATOR = 6;
	static final int MALICIOUS_CALL_TRACE = 7;
	static final int INTERNAL_TRANSFER = 8;
	static final int EXTERNAL_TRANSFER = 9;
	static final int TRANSFER_RECALL = 10;
	static final int OUTGOING_ON_BEHALF = 11;
	static final int GLOBAL_PICKUP = 12;
	static final int DND_INTERNAL = 13;
	static final int DND_INTERNAL_REST = 14;
	static final int DND_EXTERNAL = 15;
	static final int DND_EXTERNAL_REST = 16;
	static final int BARGE_ENABLED = 17;
	static final int CONFERENCE_CHAIR = 18;

	private ServiceFlags() {
	}

	static long of(ExtensionServices s) {
		return bit(s.callWaiting(), CALL_WAITING) | bit(s.nightCallWaiting(), NIGHT_CALL_WAITING)
				| bit(s.callWaitingTone(), CALL_WAITING_TONE) | bit(s.callerIdEnabled(), CALLER_ID_ENABLED)
				| bit(s.hotlineEnabled(), HOTLINE_ENABLED) | bit(s.noAnswerToOperator(), NO_ANSWER_TO_OPERATOR)
				| bit(s.busyToOperator(), BUSY_TO_OPERATOR) | bit(s.maliciousCallTrace(), MALICIOUS_CALL_TRACE)
				| bit(s.internalTransfer(), INTERNAL_TRANSFER) | bit(s.externalTransfer(), EXTERNAL_TRANSFER)
				| bit(s.transferRecall(), TRANSFER_RECALL) | bit(s.outgoingOnBehalf(), OUTGOING_ON_BEHALF)
				| bit(s.globalPickup(), GLOBAL_PICKUP) | bit(s.dndInternal(), DND_INTERNAL)
				| bit(s.dndInternalRest(), DND_INTERNAL_REST) | bit(s.dndExternal(), DND_EXTERNAL)
				| bit(s.dndExternalRest(), DND_EXTERNAL_REST) | bit(s.bargeEnabled(), BARGE_ENABLED)
				| bit(s.conferenceChair(), CONFERENCE_CHAIR);
	}

	static ExtensionServices.Builder apply(long flags, ExtensionServices.Builder b, String hotlineNumber) {
		return b.callWaiting(on(flags, CALL_WAITING)).nightCallWaiting(on(flags, NIGHT_CALL_WAITING))
				.callWaitingTone(on(flags, CALL_WAITING_TONE)).callerIdEnabled(on(flags, CALLER_ID_ENABLED))
				.hotline(on(flags, HOTLINE_ENABLED), hotlineNumber)
				.noAnswerToOperator(on(flags, NO_ANSWER_TO_OPERATOR)).busyToOperator(on(flags, BUSY_TO_OPERATOR))
				.maliciousCallTrace(on(flags, MALICIOUS_CALL_TRACE)).internalTransfer(on(flags, INTERNAL_TRANSFER))
				.externalTransfer(on(flags, EXTERNAL_TRANSFER)).transferRecall(on(flags, TRANSFER_RECALL))
				.outgoingOnBehalf(on(flags, OUTGOING_ON_BEHALF)).globalPickup(on(flags, GLOBAL_PICKUP))
				.dndInternal(on(flags, DND_INTERNAL)).dndInternalRest(on(flags, DND_INTERNAL_REST))
				.dndExternal(on(flags, DND_EXTERNAL)).dndExternalRest(on(flags, DND_EXTERNAL_REST))
				.bargeEnabled(on(flags, BARGE_ENABLED)).conferenceChair(on(flags, CONFERENCE_CHAIR));
	}

	private static long bit(boolean value, int bit) {
		return value ? 1L << bit : 0L;
	}

	private static boolean on(long flags, int bit) {
		return (flags & (1L << bit)) != 0;
	}
}
