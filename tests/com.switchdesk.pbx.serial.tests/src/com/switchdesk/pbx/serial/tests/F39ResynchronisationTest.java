package com.switchdesk.pbx.serial.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.switchdesk.pbx.ConnectionState;
import com.switchdesk.pbx.command.MakeCall;
import com.switchdesk.pbx.event.CallChanged;
import com.switchdesk.pbx.event.ConnectionEvent;
import com.switchdesk.pbx.event.PbxEvent;
import com.switchdesk.pbx.event.SnapshotEvent;
import com.switchdesk.pbx.model.DeviceState;
import com.switchdesk.pbx.serial.internal.codec.Counters.Counter;
import com.switchdesk.pbx.serial.internal.codec.FrameType;
import com.switchdesk.pbx.serial.tests.support.Frames;
import com.switchdesk.pbx.serial.tests.support.SerialRig;

/**
 * F39: full resynchronisation. After a PBX restart (a new boot id), a missed announcement, or a gap
 * in the PBX's event numbers, the console delivers a SnapshotEvent first and then the events after
 * it: none lost, none repeated, and the state a listener rebuilds equals the PBX's.
 */
class F39ResynchronisationTest {

	private static final DeviceState[] LAMPS = { DeviceState.IDLE, DeviceState.DIALING, DeviceState.RINGING,
			DeviceState.TALKING, DeviceState.HELD };

	private final SerialRig rig = new SerialRig();

	@AfterEach
	void close() {
		rig.close();
	}

	private void assertConsistent() {
		rig.log.assertNoGapsOrDuplicates();
		assertEquals(rig.pbx.snapshot(), rig.log.rebuiltState());
	}

	@Test
	void f39_pbxRestartWithNewBootIdResynchronisesWithASnapshotFirst() {
		rig.start();
		rig.pbx.lamp("8001", DeviceState.TALKING);
		int before = rig.log.size();
		rig.pbx.restart(); // numbering starts again at 1
		assertEquals(ConnectionState.ONLINE, rig.state());
		List<PbxEvent> after = rig.log.since(before);
		ConnectionEvent down = assertInstanceOf(ConnectionEvent.class, after.get(0));
		assertEquals(ConnectionState.RECONNECTING, down.status().state());
		assertTrue(down.status().detail().startsWith("The PBX restarted"), down.status().detail());
		assertEquals(ConnectionState.ONLINE, assertInstanceOf(ConnectionEvent.class, after.get(1)).status().state());
		SnapshotEvent snapshot = assertInstanceOf(SnapshotEvent.class, after.get(2));
		assertEquals(1, snapshot.sequence());
		rig.pbx.lamp("8002", DeviceState.RINGING);
		assertConsistent();
	}

	@Test
	void f39_rebootedEndpointIsNoticedByItsNewBootId() {
		rig.start();
		rig.pbx.lamp("8001", DeviceState.TALKING);
		int before = rig.log.size();
		rig.rebootEndpoint(); // same PBX state and numbering, new boot id
		List<PbxEvent> after = rig.log.since(before);
		assertEquals(ConnectionState.RECONNECTING, assertInstanceOf(ConnectionEvent.class, after.get(0)).status().state());
		assertInstanceOf(SnapshotEvent.class, after.get(2));
		rig.pbx.lamp("8003", DeviceState.DND);
		assertConsistent();
	}

	@Test
	void f39_lostRestartAnnouncementIsCaughtByTheSilenceAfterwards() {
		rig.start();
		rig.pipe.faultBToA(frame -> Frames.isType(frame, FrameType.HELLO) ? List.of() : List.of(frame));
		rig.rebootEndpoint(); // its announcement is lost; the new PBX knows no session and stays silent
		rig.pipe.faultBToA(null);
		rig.pbx.lamp("8004", DeviceState.RINGING); // not sent: no session
		assertEquals(ConnectionState.ONLINE, rig.state());
		rig.advance(Duration.ofSeconds(6));
		assertEquals(ConnectionState.RECONNECTING, rig.state());
		rig.advance(Duration.ofSeconds(1));
		assertEquals(ConnectionState.ONLINE, rig.state());
		assertConsistent();
	}

	@Test
	void f39_commandToAPbxThatLostTheSessionTriggersAnAnnouncementAndAResync() {
		rig.start();
		rig.pipe.faultBToA(frame -> Frames.isType(frame, FrameType.HELLO) ? List.of() : List.of(frame));
		rig.rebootEndpoint();
		rig.pipe.faultBToA(null);
		CompletableFuture<Void> call = rig.console.execute(new MakeCall("8001", "8002")).toCompletableFuture();
		rig.advance(Duration.ofSeconds(1)); // retransmitted: the PBX answers a frame of an unknown session with an announcement
		assertTrue(call.isCompletedExceptionally(), "the command may or may not have been carried out");
		assertEquals(ConnectionState.ONLINE, rig.state());
		assertEquals(2, rig.log.ofType(SnapshotEvent.class).size());
		assertConsistent();
	}

	@Test
	void f39_gapInThePbxsEventNumbersTriggersAResync() {
		rig.start();
		rig.pbx.lamp("8001", DeviceState.DIALING);
		rig.pbx.loseNextEventNumber();
		rig.pbx.lamp("8002", DeviceState.RINGING); // arrives with a number one too high
		assertEquals(1, rig.console.counters().get(Counter.EVENT_GAPS));
		assertEquals(2, rig.log.ofType(SnapshotEvent.class).size());
		assertEquals(ConnectionState.ONLINE, rig.state());
		assertEquals(List.of(ConnectionState.CONNECTING, ConnectionState.ONLINE), rig.log.states(),
				"a resync on a healthy link does not change the status");
		assertConsistent();
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4, 5 })
	void f39_eventsDuringAResyncAreNeitherLostNorRepeated(long seed) {
		Random r = new Random(seed);
		rig.pipe.latency(Duration.ofMillis(15)); // events overtake the snapshot request on the way
		rig.start();
		rig.advance(Duration.ofMillis(200));
		assertEquals(ConnectionState.ONLINE, rig.state());
		for (int round = 0; round < 4; round++) {
			switch (round) {
			case 0 -> rig.pbx.restart();
			case 1 -> rig.rebootEndpoint();
			case 2 -> rig.pbx.loseNextEventNumber();
			default -> rig.pipe.unplug();
			}
			for (int step = 0; step < 300; step++) {
				if (r.nextInt(3) == 0) {
					rig.pbx.lamp("800" + (1 + r.nextInt(8)), LAMPS[r.nextInt(LAMPS.length)]);
				}
				if (round == 3 && step == 50) {
					rig.pipe.plug();
				}
				rig.advance(Duration.ofMillis(1 + r.nextInt(10)));
			}
			rig.advance(Duration.ofSeconds(40));
			assertEquals(ConnectionState.ONLINE, rig.state(), "round " + round);
			assertConsistent();
		}
		assertTrue(rig.log.ofType(SnapshotEvent.class).size() >= 5);
	}

	@Test
	void f39_answerDuringAResyncCompletesAfterTheSnapshotAndItsEvents() {
		rig.pipe.latency(Duration.ofMillis(20));
		rig.start();
		rig.advance(Duration.ofMillis(200));
		rig.pbx.loseNextEventNumber();
		rig.pbx.lamp("8001", DeviceState.DIALING); // the gap: it arrives in 20 ms and a snapshot is requested
		rig.advance(Duration.ofMillis(5)); // the call's events and answer will arrive before the snapshot
		List<Boolean> callSeenAtCompletion = new ArrayList<>();
		rig.console.execute(new MakeCall("8001", "8002")).thenRun(() -> callSeenAtCompletion.add(
				rig.log.ofType(CallChanged.class).size() == 1 || rig.log.rebuiltState().calls().size() == 1));
		rig.advance(Duration.ofSeconds(1));
		assertEquals(List.of(true), callSeenAtCompletion);
		assertConsistent();
	}
}
