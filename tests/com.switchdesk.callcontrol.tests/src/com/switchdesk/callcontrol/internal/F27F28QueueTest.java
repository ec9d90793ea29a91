package com.switchdesk.callcontrol.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.switchdesk.callcontrol.ConsoleNotice;
import com.switchdesk.callcontrol.OperatorMode;
import com.switchdesk.callcontrol.QueueEntry;
import com.switchdesk.callcontrol.QueueEntry.State;

/** F27 hold list and F28 call queue: selective answer, auto-hold and auto-return. */
class F27F28QueueTest {

	private final ConsoleHarness h = ConsoleHarness.ready();

	@Test
	void f28_waitingCallsAreListedInArrivalOrderWithTypeAndNumber() {
		h.outsideCall("13800000001");
		h.pbx.dial("8006", ConsoleHarness.PILOT);
		List<QueueEntry> queue = h.state().queue();
		assertEquals(2, queue.size());
		assertEquals(1, queue.get(0).sequence());
		assertTrue(queue.get(0).external());
		assertEquals("13800000001", queue.get(0).number());
		assertEquals(State.WAITING, queue.get(0).state());
		assertEquals("8006", queue.get(1).number());
		assertEquals("张三", queue.get(1).info(), "an extension's user name is its info");
	}

	@Test
	void f28_answeringAnotherCallAutoHoldsTheCurrentOneWhichComesBackByItself() {
		String first = h.answeredOutsideCall("13800000001");
		String second = h.outsideCall("13800000002");

		h.ok(h.console.answer(second));

		assertEquals("13800000002", h.state().current().orElseThrow().others().get(0).number());
		assertEquals(State.AUTO_HOLD, h.entry(first).state());

		h.pbx.hangUp("13800000002");

		assertEquals(OperatorMode.TALKING, h.mode());
		assertEquals(first, h.state().current().orElseThrow().callId(), "the auto-held call came back");
		assertTrue(h.noticed(ConsoleNotice.Kind.AUTO_RETURNED));
	}

	@Test
	void f27_aManuallyHeldCallWaitsUntilRetrieved() {
		String held = h.answeredOutsideCall("13800000001");
		h.ok(h.console.hold());
		assertEquals(State.MANUAL_HOLD, h.entry(held).state());
		assertEquals(OperatorMode.IDLE, h.mode());

		String other = h.answeredOutsideCall("13800000002");
		h.pbx.hangUp("13800000002");
		assertEquals(OperatorMode.IDLE, h.mode(), "manual hold does not come back by itself");
		assertTrue(h.state().queue().stream().noneMatch(e -> e.callId().equals(other)));

		h.ok(h.console.answer(held));
		assertEquals(OperatorMode.TALKING, h.mode());
		assertEquals(held, h.state().current().orElseThrow().callId());
	}

	@Test
	void f27_retrievingAHeldCallWhileTalkingAutoHoldsTheCurrentOne() {
		String held = h.answeredOutsideCall("13800000001");
		h.ok(h.console.hold());
		String current = h.answeredOutsideCall("13800000002");
		h.ok(h.console.answer(held));
		assertEquals(held, h.state().current().orElseThrow().callId());
		assertEquals(State.AUTO_HOLD, h.entry(current).state());
	}
}
