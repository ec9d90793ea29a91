package com.switchdesk.pbx.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import com.switchdesk.pbx.RefusalReason;
import com.switchdesk.pbx.command.AnswerCall;
import com.switchdesk.pbx.command.HoldCall;
import com.switchdesk.pbx.command.MakeCall;
import com.switchdesk.pbx.command.ParkCall;
import com.switchdesk.pbx.event.ExtensionChanged;
import com.switchdesk.pbx.model.DeviceState;

/** F15: every extension's lamp follows its calls, and each change is announced once. */
class F15LampsTest {

	private final SimHarness h = SimHarness.withBoundOperator();

	@Test
	void f15_lampsFollowTheCall() {
		assertEquals(DeviceState.IDLE, h.lamp("8005"));
		assertEquals(DeviceState.OUT_OF_SERVICE, h.lamp("8050"));
		assertEquals(DeviceState.DND, h.lamp("8060"));

		h.pbx.dial("8005", "8006");
		assertEquals(DeviceState.CALLING, h.lamp("8005"));
		assertEquals(DeviceState.RINGING, h.lamp("8006"));
		h.pbx.answer("8006");
		assertEquals(DeviceState.TALKING, h.lamp("8005"));
		assertEquals(DeviceState.TALKING, h.lamp("8006"));
		h.pbx.hangUp("8005");
		assertEquals(DeviceState.IDLE, h.lamp("8005"));
		assertEquals(DeviceState.IDLE, h.lamp("8006"));
	}

	@Test
	void f15_heldAndParkedCallersShowAsSuch() {
		String held = h.pbx.dial("8007", "999");
		h.run(new AnswerCall("8000", held));
		h.run(new HoldCall("8000", held));
		assertEquals(DeviceState.HELD, h.lamp("8007"));
		String parked = h.pbx.dial("8008", "999");
		h.run(new AnswerCall("8000", parked));
		h.run(new ParkCall("8000", parked));
		assertEquals(DeviceState.PARKED, h.lamp("8008"));
	}

	@Test
	void f15_lampChangesAreAnnouncedOncePerChange() {
		int before = h.eventsOf(ExtensionChanged.class).size();
		h.pbx.dial("8005", "8006");
		h.pbx.answer("8006");
		h.pbx.hangUp("8006");
		long for8006 = h.eventsOf(ExtensionChanged.class).stream().skip(before)
				.filter(e -> e.extension().number().equals("8006")).count();
		assertEquals(3, for8006, "ringing, talking, idle");
	}

	@Test
	void f15_aRingingCallThatNobodyAnswersEnds() {
		h.pbx.dial("8005", "8006");
		h.advance(Duration.ofSeconds(30));
		assertEquals(DeviceState.IDLE, h.lamp("8006"));
		assertTrue(h.snapshot().calls().isEmpty());
	}

	@Test
	void f15_outOfServiceIsShownAndRefusesCalls() {
		h.pbx.setOutOfService("8009", true);
		assertEquals(DeviceState.OUT_OF_SERVICE, h.lamp("8009"));
		h.refused(RefusalReason.BUSY, new MakeCall("8000", "8009"));
	}
}
