package com.switchdesk.pbx.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.switchdesk.pbx.ConnectionState;
import com.switchdesk.pbx.RefusalReason;
import com.switchdesk.pbx.command.MakeCall;
import com.switchdesk.pbx.command.ReadSnapshot;
import com.switchdesk.pbx.event.ConnectionEvent;
import com.switchdesk.pbx.event.PbxEvent;
import com.switchdesk.pbx.event.SnapshotEvent;
import com.switchdesk.pbx.sim.SimulatedPbx;

/** F38/F39: the simulator behind the connector SPI: status, snapshot first, numbered events, restart. */
class F38SimulatorConnectorTest {

	@Test
	void f38_startGoesOnlineAndDeliversASnapshotFirst() {
		SimHarness h = new SimHarness();
		assertEquals(ConnectionState.ONLINE, h.connector.status().state());
		ConnectionEvent online = assertInstanceOf(ConnectionEvent.class, h.events.get(0));
		assertEquals(ConnectionState.ONLINE, online.status().state());
		SnapshotEvent snapshot = assertInstanceOf(SnapshotEvent.class, h.events.get(1));
		assertEquals(200, snapshot.snapshot().extensions().size());
		assertEquals("8000", snapshot.snapshot().operators().get(0).number());
		assertTrue(snapshot.snapshot().info().parkSupported());
	}

	@Test
	void f39_eventSequenceNumbersIncreaseByOneWithoutGaps() {
		SimHarness h = SimHarness.withBoundOperator();
		h.pbx.callFromOutside("13800138000", SimHarness.PILOT);
		h.pbx.dial("8005", "8006");
		h.pbx.answer("8006");
		h.pbx.hangUp("8005");
		long previous = h.eventsOf(SnapshotEvent.class).get(0).sequence();
		List<PbxEvent> changes = h.events.subList(2, h.events.size());
		assertTrue(changes.size() > 8, "events: " + changes);
		for (PbxEvent e : changes) {
			assertEquals(previous + 1, e.sequence(), "after " + previous + ": " + e);
			previous = e.sequence();
		}
	}

	@Test
	void f38_aListenerAddedLaterStartsWithTheCurrentSnapshot() {
		SimHarness h = new SimHarness();
		h.pbx.dial("8005", "8006");
		List<PbxEvent> late = new ArrayList<>();
		h.connector.addListener(late::add);
		SnapshotEvent first = assertInstanceOf(SnapshotEvent.class, late.get(0));
		assertEquals(1, first.snapshot().calls().size());
		h.pbx.answer("8006");
		assertTrue(late.size() > 1);
		assertEquals(first.sequence() + 1, late.get(1).sequence());
	}

	@Test
	void f38_aClosedConnectorRefusesCommandsAsOffline() {
		SimHarness h = new SimHarness();
		h.connector.close();
		assertEquals(ConnectionState.OFFLINE, h.connector.status().state());
		h.refused(RefusalReason.OFFLINE, new ReadSnapshot());
	}

	@Test
	void f39_pbxRestartLosesCallsAndBindingThenResynchronises() {
		SimHarness h = SimHarness.withBoundOperator();
		h.pbx.dial("8005", "8006");
		h.pbx.restart();
		assertEquals(ConnectionState.RECONNECTING, h.connector.status().state());
		assertTrue(h.connector.status().nextAttempt().isPresent());
		h.refused(RefusalReason.OFFLINE, new MakeCall("8000", "8001"));

		h.advance(SimulatedPbx.RESTART_TIME);

		assertEquals(ConnectionState.ONLINE, h.connector.status().state());
		SnapshotEvent resync = h.lastEvent(SnapshotEvent.class, e -> true);
		assertTrue(resync.snapshot().calls().isEmpty(), "calls are lost in a restart");
		assertFalse(resync.snapshot().operators().get(0).bound(), "the binding is lost in a restart");
		assertEquals(h.events.get(h.events.size() - 1), resync, "the snapshot is the last event");
	}
}
