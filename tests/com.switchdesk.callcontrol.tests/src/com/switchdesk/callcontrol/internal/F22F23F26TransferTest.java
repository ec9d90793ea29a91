package com.switchdesk.callcontrol.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import com.switchdesk.callcontrol.ActionRefusedException.Problem;
import com.switchdesk.callcontrol.OperatorMode;
import com.switchdesk.pbx.model.Call;
import com.switchdesk.pbx.model.PartyState;

/**
 * The seed manual's worked examples: extension A (8006) talks to operator B (8000); B dials 8001
 * and A is transferred (3.13); B recalls while 8001 still rings (3.14); three-way after the
 * transfer is established (3.17).
 */
class F22F23F26TransferTest {

	private final ConsoleHarness h = ConsoleHarness.ready();
	private final String aToB;

	F22F23F26TransferTest() {
		aToB = h.pbx.dial("8006", ConsoleHarness.PILOT);
		h.ok(h.console.enter(""));
	}

	private Call pbxCall(String id) {
		return h.pbx.snapshot().calls().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
	}

	@Test
	void f22_dialingDuringACallTransfersTheCaller() {
		h.ok(h.console.enter("8001"));
		assertEquals(OperatorMode.CONSULTING, h.mode());
		assertEquals("8006", h.state().current().orElseThrow().others().get(0).number());
		assertEquals("8001", h.state().consultation().orElseThrow().others().get(0).number());

		h.ok(h.console.hangUp());

		assertEquals(OperatorMode.IDLE, h.mode());
		assertTrue(pbxCall(aToB).involves("8001"), "A now rings 8001");
		h.pbx.answer("8001");
		assertEquals(PartyState.CONNECTED, pbxCall(aToB).party("8006").orElseThrow().state());
	}

	@Test
	void f23_recallWhileTheThirdPartyStillRings() {
		h.ok(h.console.enter("8001"));
		h.ok(h.console.recall());
		assertEquals(OperatorMode.TALKING, h.mode());
		assertEquals("8006", h.state().current().orElseThrow().others().get(0).number());
		assertTrue(h.state().consultation().isEmpty());
		h.refusedByConsole(Problem.NOTHING_TO_RECALL, h.console.recall());
	}

	@Test
	void f26_threeWayAfterTheTransferIsEstablished() {
		h.ok(h.console.enter("8001"));
		h.refusedByConsole(Problem.NO_THIRD_PARTY, h.console.threeWay());
		h.pbx.answer("8001");
		h.ok(h.console.threeWay());
		assertEquals(OperatorMode.CONFERENCE, h.mode());
		assertEquals(2, h.state().current().orElseThrow().others().size());
	}

	@Test
	void f22_aThirdPartyWhoDoesNotAnswerGivesTheCallerBack() {
		h.ok(h.console.enter("8001"));
		h.advance(Duration.ofSeconds(30));
		assertEquals(OperatorMode.TALKING, h.mode());
		assertEquals(PartyState.CONNECTED, pbxCall(aToB).party("8006").orElseThrow().state());
	}

	@Test
	void f22_clickingATileDuringACallTransfersToIt() {
		h.ok(h.console.tileClicked("8002"));
		assertEquals(OperatorMode.CONSULTING, h.mode());
		h.refusedByConsole(Problem.BUSY, h.console.enter("8003"));
		assertFalse(h.state().consultation().isEmpty());
	}

	@Test
	void f19_hookflashThenDialAThirdParty() {
		h.ok(h.console.hookflash());
		assertEquals(OperatorMode.DIALING, h.mode());
		assertEquals(PartyState.HELD, pbxCall(aToB).party("8006").orElseThrow().state());
		h.ok(h.console.enter("8003"));
		assertEquals(OperatorMode.CONSULTING, h.mode());
		h.ok(h.console.recall());
		assertEquals(OperatorMode.TALKING, h.mode());
	}

	@Test
	void f19_hangingUpAfterHookflashReturnsToTheCaller() {
		h.ok(h.console.hookflash());
		h.ok(h.console.hangUp());
		assertEquals(OperatorMode.TALKING, h.mode());
	}
}
