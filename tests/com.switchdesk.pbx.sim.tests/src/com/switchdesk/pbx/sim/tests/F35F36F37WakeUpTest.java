package com.switchdesk.pbx.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.switchdesk.pbx.RefusalReason;
import com.switchdesk.pbx.command.ReadPendingWakeUps;
import com.switchdesk.pbx.command.ReadWakeUpLog;
import com.switchdesk.pbx.command.ReadWakeUpOrders;
import com.switchdesk.pbx.command.WriteWakeUpOrder;
import com.switchdesk.pbx.event.WakeUpAttempted;
import com.switchdesk.pbx.model.DeviceState;
import com.switchdesk.pbx.model.PendingWakeUp;
import com.switchdesk.pbx.model.WakeUpCycle;
import com.switchdesk.pbx.model.WakeUpOrder;
import com.switchdesk.pbx.model.WakeUpOutcome;
import com.switchdesk.pbx.model.WakeUpRecord;

/** F35–F37: the PBX really rings rooms at their wake-up times, retries, and logs every attempt. */
class F35F36F37WakeUpTest {

	private static final String ROOM = "8101";
	private static final LocalDateTime MONDAY_7 = LocalDateTime.of(2026, 11, 23, 7, 0);

	private final SimHarness h = new SimHarness();

	private static WakeUpOrder order(WakeUpCycle cycle, LocalTime t1, LocalTime t2, Set<DayOfWeek> days) {
		return new WakeUpOrder(ROOM, t1, Optional.ofNullable(t2), cycle, days, true);
	}

	private List<WakeUpRecord> log() {
		return h.run(new ReadWakeUpLog());
	}

	@Test
	void f35_f37_anOrderShowsInThePendingListAndRingsTheRoomOnTime() {
		h.run(new WriteWakeUpOrder(order(WakeUpCycle.DAILY, LocalTime.of(7, 0), null, Set.of())));
		assertEquals(List.of(new PendingWakeUp(ROOM, MONDAY_7, 1)), h.run(new ReadPendingWakeUps()));
		assertEquals(1, h.run(new ReadWakeUpOrders()).size());

		h.advance(Duration.ofMinutes(59));
		assertEquals(DeviceState.IDLE, h.lamp(ROOM));
		h.advance(Duration.ofMinutes(1));
		assertEquals(DeviceState.RINGING, h.lamp(ROOM));

		h.pbx.answer(ROOM);

		assertEquals(List.of(new WakeUpRecord(ROOM, MONDAY_7, MONDAY_7, 1, WakeUpOutcome.ANSWERED)), log());
		assertEquals(List.of(new PendingWakeUp(ROOM, MONDAY_7.plusDays(1), 1)), h.run(new ReadPendingWakeUps()));
		h.advance(Duration.ofSeconds(20));
		assertEquals(DeviceState.IDLE, h.lamp(ROOM), "the wake-up message ends and the PBX hangs up");
	}

	@Test
	void f36_noAnswerIsRetriedThenLoggedAsFailed() {
		h.run(new WriteWakeUpOrder(order(WakeUpCycle.DAILY, LocalTime.of(7, 0), null, Set.of())));
		h.advance(Duration.ofHours(1).plusSeconds(40));
		assertEquals(WakeUpOutcome.NO_ANSWER, log().get(0).outcome());
		PendingWakeUp retry = h.run(new ReadPendingWakeUps()).get(0);
		assertEquals(2, retry.attempt());
		assertEquals(MONDAY_7.plusSeconds(40).plusMinutes(5), retry.due());

		h.advance(Duration.ofMinutes(5).plusSeconds(40));
		h.advance(Duration.ofMinutes(5).plusSeconds(40));

		List<WakeUpOutcome> outcomes = log().stream().map(WakeUpRecord::outcome).toList();
		assertEquals(List.of(WakeUpOutcome.NO_ANSWER, WakeUpOutcome.NO_ANSWER, WakeUpOutcome.NO_ANSWER,
				WakeUpOutcome.FAILED), outcomes);
		assertEquals(List.of(1, 2, 3, 3), log().stream().map(WakeUpRecord::attempt).toList());
		assertEquals(4, h.eventsOf(WakeUpAttempted.class).size());
		assertEquals(MONDAY_7.plusDays(1), h.run(new ReadPendingWakeUps()).get(0).due());
	}

	@Test
	void f36_aBusyRoomIsLoggedAsBusyAndRetried() {
		h.run(new WriteWakeUpOrder(order(WakeUpCycle.DAILY, LocalTime.of(7, 0), null, Set.of())));
		h.advance(Duration.ofMinutes(59));
		h.pbx.dial(ROOM, "8102");
		h.pbx.answer("8102");
		h.advance(Duration.ofMinutes(1));
		assertEquals(WakeUpOutcome.BUSY, log().get(0).outcome());
		h.pbx.hangUp(ROOM);
		h.advance(Duration.ofMinutes(5));
		assertEquals(DeviceState.RINGING, h.lamp(ROOM));
		h.pbx.answer(ROOM);
		assertEquals(new WakeUpRecord(ROOM, MONDAY_7, MONDAY_7.plusMinutes(5), 2, WakeUpOutcome.ANSWERED), log().get(1));
	}

	@Test
	void f35_aOnceOrderWithTwoTimesRingsTwiceThenIsUsedUp() {
		h.run(new WriteWakeUpOrder(order(WakeUpCycle.ONCE, LocalTime.of(7, 0), LocalTime.of(7, 30), Set.of())));
		h.advance(Duration.ofHours(1));
		h.pbx.answer(ROOM);
		assertEquals(LocalTime.of(7, 30), h.run(new ReadPendingWakeUps()).get(0).due().toLocalTime());
		h.advance(Duration.ofMinutes(30));
		h.pbx.answer(ROOM);
		assertTrue(h.run(new ReadPendingWakeUps()).isEmpty());
		assertFalse(h.run(new ReadWakeUpOrders()).get(0).enabled(), "a once-only order is disabled when done");
	}

	@Test
	void f35_customDaysRingOnlyOnThoseDays() {
		h.run(new WriteWakeUpOrder(order(WakeUpCycle.CUSTOM, LocalTime.of(6, 30), null, Set.of(DayOfWeek.SATURDAY))));
		assertEquals(LocalDateTime.of(2026, 11, 28, 6, 30), h.run(new ReadPendingWakeUps()).get(0).due());
		h.run(new WriteWakeUpOrder(order(WakeUpCycle.WEEKDAYS, LocalTime.of(6, 30), null, Set.of())));
		assertEquals(MONDAY_7.withHour(6).withMinute(30), h.run(new ReadPendingWakeUps()).get(0).due(),
				"it is 06:00 on Monday: 06:30 today is next");
	}

	@Test
	void f35_invalidOrdersAreRejected() {
		assertThrows(IllegalArgumentException.class,
				() -> order(WakeUpCycle.DAILY, LocalTime.of(7, 0), LocalTime.of(6, 0), Set.of()));
		assertThrows(IllegalArgumentException.class, () -> order(WakeUpCycle.CUSTOM, LocalTime.of(7, 0), null, Set.of()));
		h.refused(RefusalReason.UNKNOWN_DEVICE, new WriteWakeUpOrder(new WakeUpOrder("9999", LocalTime.of(7, 0),
				Optional.empty(), WakeUpCycle.DAILY, Set.of(), true)));
	}
}
