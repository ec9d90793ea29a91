package com.switchdesk.ui.tests.manage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.switchdesk.callcontrol.CallView;
import com.switchdesk.callcontrol.ConsoleState;
import com.switchdesk.callcontrol.OperatorMode;
import com.switchdesk.callcontrol.PartyView;
import com.switchdesk.callcontrol.PendingAction;
import com.switchdesk.callcontrol.QueueEntry;
import com.switchdesk.model.CallDirection;
import com.switchdesk.model.CallOutcome;
import com.switchdesk.model.CallRecord;
import com.switchdesk.pbx.ConnectionStatus;
import com.switchdesk.pbx.model.PartyState;
import com.switchdesk.ui.directory.CallTracker;

/** F10: the call-log lines the console's successive states turn into (no PBX, no display). */
class F10CallTrackerTest {

	private static final String POSITION = "8000";
	private static final Instant T0 = Instant.parse("2026-11-25T08:00:00Z");

	private final MovingClock clock = new MovingClock();
	private final CallTracker tracker = new CallTracker(clock);

	@Test
	void f10_answeredOutsideCallIsInboundWithItsTalkTime() {
		assertEquals(List.of(), tracker.update(state(OperatorMode.RINGING, null, null, waiting("c1", "13900001001"))));
		clock.at(5);
		tracker.update(state(OperatorMode.TALKING, call("c1", 5, party("13900001001", true)), null));
		clock.at(65);
		CallRecord r = single(tracker.update(idle()));

		assertEquals(CallDirection.INBOUND, r.getDirection());
		assertEquals(CallOutcome.ANSWERED, r.getOutcome());
		assertEquals("13900001001", r.getCallerNumber());
		assertEquals(POSITION, r.getCalledNumber());
		assertEquals(60, r.getDurationSeconds(), "talk time counts from the answer");
		assertEquals(POSITION, r.getOperatorExtension());
	}

	@Test
	void f10_callerWhoHangsUpInTheQueueIsMissed() {
		tracker.update(state(OperatorMode.RINGING, null, null, waiting("c1", "8005")));
		CallRecord r = single(tracker.update(idle()));
		assertEquals(CallOutcome.MISSED, r.getOutcome());
		assertEquals(0, r.getDurationSeconds());
	}

	@Test
	void f10_dialledNumberIsKnownOnlyOnceCompleteAndMakesTheCallOutbound() {
		tracker.update(state(OperatorMode.DIALING, call("c2", 0), null));
		clock.at(3);
		tracker.update(state(OperatorMode.CALLING, call("c2", 0, party("013900001001", true)), null));
		clock.at(10);
		tracker.update(state(OperatorMode.TALKING, call("c2", 0, party("013900001001", true)), null));
		clock.at(40);
		CallRecord r = single(tracker.update(idle()));

		assertEquals(CallDirection.OUTBOUND, r.getDirection());
		assertEquals(POSITION, r.getCallerNumber());
		assertEquals("013900001001", r.getCalledNumber());
		assertTrue(r.getOtherParties().isEmpty(), "the called party is not listed twice");
		assertEquals(CallOutcome.ANSWERED, r.getOutcome());
	}

	@Test
	void f10_extensionThatNeverAnswersIsAnAbandonedInternalCall() {
		tracker.update(state(OperatorMode.DIALING, call("c3", 0), null));
		tracker.update(state(OperatorMode.CALLING, call("c3", 0, party("8003", false)), null));
		CallRecord r = single(tracker.update(idle()));
		assertEquals(CallDirection.INTERNAL, r.getDirection());
		assertEquals(CallOutcome.ABANDONED, r.getOutcome(), "dialling alone is not an answer");
		assertEquals("8003", r.getCalledNumber());
	}

	@Test
	void f10_transferByDiallingNamesTheThirdParty() {
		tracker.update(state(OperatorMode.RINGING, null, null, waiting("c1", "13900001001")));
		tracker.update(state(OperatorMode.TALKING, call("c1", 0, party("13900001001", true)), null));
		tracker.update(state(OperatorMode.CONSULTING, call("c1", 0, party("13900001001", true)),
				call("c4", 2, party("8006", false))));
		List<CallRecord> ended = tracker.update(idle());

		CallRecord caller = ended.stream().filter(r -> r.getCallerNumber().equals("13900001001")).findFirst()
				.orElseThrow();
		assertEquals(CallOutcome.TRANSFERRED, caller.getOutcome());
		assertEquals(List.of("8006"), caller.getOtherParties());
	}

	@Test
	void f10_parkedCallEndsAsParked() {
		tracker.update(state(OperatorMode.TALKING, call("c1", 0, party("8005", false)), null,
				waiting("c9", "8009")));
		tracker.update(state(OperatorMode.IDLE, null, null, entry("c1", "8005", QueueEntry.State.PARKED),
				waiting("c9", "8009")));
		CallRecord r = single(tracker.update(state(OperatorMode.IDLE, null, null, waiting("c9", "8009"))));
		assertEquals("8005", r.getCalledNumber());
		assertEquals(CallOutcome.PARKED, r.getOutcome());
	}

	private static CallRecord single(List<CallRecord> ended) {
		assertEquals(1, ended.size(), "one call ended: " + ended);
		return ended.get(0);
	}

	private ConsoleState idle() {
		return state(OperatorMode.IDLE, null, null);
	}

	private static ConsoleState state(OperatorMode mode, CallView current, CallView consultation,
			QueueEntry... queue) {
		return new ConsoleState(ConnectionStatus.online("test"), POSITION, mode, true, true, false, Optional.empty(),
				Optional.ofNullable(current), Optional.ofNullable(consultation), List.of(queue), PendingAction.NONE);
	}

	private static CallView call(String id, int second, PartyView... others) {
		return new CallView(id, List.of(others), T0.plusSeconds(second));
	}

	private static PartyView party(String number, boolean external) {
		return new PartyView(number, "", external, PartyState.CONNECTED);
	}

	private static QueueEntry waiting(String id, String number) {
		return entry(id, number, QueueEntry.State.WAITING);
	}

	private static QueueEntry entry(String id, String number, QueueEntry.State state) {
		return new QueueEntry(1, id, number.length() > 4, number, "", state, T0, "");
	}

	/** A clock the test moves by hand. */
	private static final class MovingClock extends Clock {
		private Instant now = T0;

		void at(int second) {
			now = T0.plus(Duration.ofSeconds(second));
		}

		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}
	}
}
