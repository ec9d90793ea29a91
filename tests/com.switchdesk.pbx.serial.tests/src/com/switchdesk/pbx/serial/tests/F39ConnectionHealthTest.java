package com.switchdesk.pbx.serial.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.switchdesk.pbx.ConnectionState;
import com.switchdesk.pbx.ConnectionStatus;
import com.switchdesk.pbx.event.ConnectionEvent;
import com.switchdesk.pbx.event.PbxEvent;
import com.switchdesk.pbx.event.SnapshotEvent;
import com.switchdesk.pbx.model.DeviceState;
import com.switchdesk.pbx.serial.internal.link.Backoff;
import com.switchdesk.pbx.serial.tests.support.MemoryPipe;
import com.switchdesk.pbx.serial.tests.support.SerialRig;

/**
 * F39: connection health. A silent PBX is noticed by its missing heartbeats; the connector reports
 * RECONNECTING with the next attempt's time, waits 1 s doubling to at most 30 s, and when the PBX is
 * back it is ONLINE again with a fresh snapshot and no event lost or repeated.
 */
class F39ConnectionHealthTest {

	private final SerialRig rig = new SerialRig();

	@AfterEach
	void close() {
		rig.close();
	}

	private ConnectionStatus lastStatus() {
		List<ConnectionEvent> all = rig.log.ofType(ConnectionEvent.class);
		return all.get(all.size() - 1).status();
	}

	@Test
	void f39_backoffDoublesFromOneSecondAndIsCappedAtThirty() {
		Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30));
		List<Long> delays = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			delays.add(backoff.next().toSeconds());
		}
		assertEquals(List.of(1L, 2L, 4L, 8L, 16L, 30L, 30L, 30L), delays);
		backoff.reset();
		assertEquals(Duration.ofSeconds(1), backoff.next());
	}

	@Test
	void f39_heartbeatLossMakesTheConnectorReconnecting() {
		rig.start();
		rig.pipe.faultBToA(MemoryPipe.silence()); // the PBX's frames no longer arrive
		Instant lost = rig.clock.now();
		rig.advance(Duration.ofMillis(5999));
		assertEquals(ConnectionState.ONLINE, rig.state());
		rig.advance(Duration.ofMillis(1));
		assertEquals(ConnectionState.RECONNECTING, rig.state());
		ConnectionStatus status = rig.console.status();
		assertTrue(status.detail().contains("heartbeats missed"), status.detail());
		assertEquals(lost.plusSeconds(7), status.nextAttempt().orElseThrow(), "next attempt 1 s later");
	}

	@Test
	void f39_reconnectDelaysGrowAndAreCappedWhileThePortIsMissing() {
		rig.start();
		rig.pipe.unplug();
		List<Duration> waits = new ArrayList<>();
		for (int i = 0; i < 9; i++) {
			ConnectionStatus s = rig.console.status();
			assertEquals(ConnectionState.RECONNECTING, s.state());
			Duration wait = Duration.between(rig.clock.now(), s.nextAttempt().orElseThrow());
			waits.add(wait);
			rig.advance(wait);
		}
		assertEquals(List.of(1L, 2L, 4L, 8L, 16L, 30L, 30L, 30L, 30L), waits.stream().map(Duration::toSeconds).toList());
		assertTrue(rig.console.status().detail().contains("unplugged") || rig.console.status().detail().contains("not plugged"),
				rig.console.status().detail());
	}

	@Test
	void f39_cablePulledAndPluggedBackResynchronisesWithoutLosingEvents() {
		rig.start();
		rig.pbx.lamp("8001", DeviceState.DIALING);
		rig.pipe.unplug();
		assertEquals(ConnectionState.RECONNECTING, rig.state());
		rig.pbx.lamp("8002", DeviceState.RINGING); // happens while the cable is out
		rig.pbx.lamp("8003", DeviceState.DND);
		rig.advance(Duration.ofSeconds(3)); // attempts at +1 s and +3 s fail
		rig.pipe.plug();
		int before = rig.log.size();
		rig.advance(Duration.ofSeconds(4)); // the next attempt (+7 s) succeeds, on both ends
		assertEquals(ConnectionState.ONLINE, rig.state());
		List<PbxEvent> after = rig.log.since(before);
		assertInstanceOf(ConnectionEvent.class, after.get(0));
		SnapshotEvent snapshot = assertInstanceOf(SnapshotEvent.class, after.get(1));
		assertEquals(rig.pbx.snapshot(), snapshot.snapshot(), "the snapshot contains what happened meanwhile");
		rig.pbx.lamp("8004", DeviceState.TALKING);
		rig.log.assertNoGapsOrDuplicates();
		assertEquals(rig.pbx.snapshot(), rig.log.rebuiltState());
		assertEquals(List.of(ConnectionState.CONNECTING, ConnectionState.ONLINE, ConnectionState.RECONNECTING,
				ConnectionState.RECONNECTING, ConnectionState.RECONNECTING, ConnectionState.ONLINE), rig.log.states());
	}

	@Test
	void f39_pbxThatNeverAnswersHelloIsRetriedWithBackoff() {
		rig.pipe.faultBToA(MemoryPipe.silence());
		rig.start();
		assertEquals(ConnectionState.CONNECTING, rig.state());
		rig.advance(Duration.ofSeconds(5)); // five HELLOs, one a second, unanswered
		assertEquals(ConnectionState.RECONNECTING, rig.state());
		assertTrue(lastStatus().detail().startsWith("No answer from a PBX"), lastStatus().detail());
		rig.pipe.faultBToA(MemoryPipe.none());
		rig.advance(Duration.ofSeconds(1));
		assertEquals(ConnectionState.ONLINE, rig.state());
	}

	@Test
	void f39_onlineAgainResetsTheBackoff() {
		rig.start();
		rig.pipe.unplug();
		rig.advance(Duration.ofSeconds(1 + 2 + 4)); // three failed attempts: the next wait would be 8 s
		rig.pipe.plug();
		rig.advance(Duration.ofSeconds(8));
		assertEquals(ConnectionState.ONLINE, rig.state());
		rig.pipe.unplug();
		Duration wait = Duration.between(rig.clock.now(), rig.console.status().nextAttempt().orElseThrow());
		assertEquals(Duration.ofSeconds(1), wait);
	}
}
