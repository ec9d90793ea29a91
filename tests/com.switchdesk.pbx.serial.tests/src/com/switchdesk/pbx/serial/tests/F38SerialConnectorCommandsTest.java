package com.switchdesk.pbx.serial.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.switchdesk.pbx.ConnectionState;
import com.switchdesk.pbx.PbxRefusedException;
import com.switchdesk.pbx.RefusalReason;
import com.switchdesk.pbx.command.Intrude;
import com.switchdesk.pbx.command.MakeCall;
import com.switchdesk.pbx.command.ParkCall;
import com.switchdesk.pbx.command.ReadSnapshot;
import com.switchdesk.pbx.command.SetNightService;
import com.switchdesk.pbx.event.CallChanged;
import com.switchdesk.pbx.event.ConnectionEvent;
import com.switchdesk.pbx.event.ExtensionChanged;
import com.switchdesk.pbx.event.NightServiceChanged;
import com.switchdesk.pbx.event.PbxEvent;
import com.switchdesk.pbx.event.SnapshotEvent;
import com.switchdesk.pbx.model.PbxSnapshot;
import com.switchdesk.pbx.serial.internal.codec.Frame;
import com.switchdesk.pbx.serial.internal.codec.FrameEncoder;
import com.switchdesk.pbx.serial.internal.codec.FrameType;
import com.switchdesk.pbx.serial.internal.codec.Hello;
import com.switchdesk.pbx.serial.internal.codec.Messages;
import com.switchdesk.pbx.serial.tests.support.EventLog;
import com.switchdesk.pbx.serial.tests.support.FakePbx;
import com.switchdesk.pbx.serial.tests.support.Frames;
import com.switchdesk.pbx.serial.tests.support.SerialRig;

/**
 * F38: through the serial connector and the PBX endpoint the console sees the PBX as through any
 * other connector: status, snapshot, events, results and refusals; an incompatible PBX is refused
 * with a clear OFFLINE reason.
 */
class F38SerialConnectorCommandsTest {

	private final SerialRig rig = new SerialRig();

	@AfterEach
	void close() {
		rig.close();
	}

	@Test
	void f38_consoleGoesOnlineWithTheStatusFirstAndThenASnapshot() {
		rig.start();
		assertEquals(ConnectionState.ONLINE, rig.state());
		assertTrue(rig.console.status().detail().contains("Fake PBX 1.0"), rig.console.status().detail());
		List<PbxEvent> events = rig.log.events();
		assertEquals(ConnectionState.CONNECTING, ((ConnectionEvent) events.get(0)).status().state());
		assertEquals(ConnectionState.ONLINE, ((ConnectionEvent) events.get(1)).status().state());
		SnapshotEvent snapshot = assertInstanceOf(SnapshotEvent.class, events.get(2));
		assertEquals(rig.pbx.snapshot(), snapshot.snapshot());
	}

	@Test
	void f38_commandResultCompletesAfterTheEventsItCaused() throws Throwable {
		rig.start();
		int before = rig.log.size();
		List<Integer> sizeAtCompletion = new java.util.ArrayList<>();
		rig.console.execute(new MakeCall("8001", "8002")).thenRun(() -> sizeAtCompletion.add(rig.log.size()));
		List<PbxEvent> caused = rig.log.since(before);
		assertInstanceOf(CallChanged.class, caused.get(0));
		assertInstanceOf(ExtensionChanged.class, caused.get(1));
		assertInstanceOf(ExtensionChanged.class, caused.get(2));
		assertEquals(List.of(before + 3), sizeAtCompletion);
		rig.log.assertNoGapsOrDuplicates();
		assertEquals(rig.pbx.snapshot(), rig.log.rebuiltState());
	}

	@Test
	void f38_resultsOfEveryShapeArrive() throws Throwable {
		rig.start();
		rig.execute(new MakeCall("8001", "8002"));
		assertEquals("701", rig.execute(new ParkCall("8001", "call-1")));
		assertNull(rig.execute(new SetNightService(true)));
		PbxSnapshot snapshot = rig.execute(new ReadSnapshot());
		assertEquals(rig.pbx.snapshot(), snapshot);
		assertTrue(snapshot.nightService());
		assertEquals(1, rig.log.ofType(NightServiceChanged.class).size());
	}

	@Test
	void f38_refusalsArriveWithReasonAndMessage() {
		rig.start();
		PbxRefusedException level = assertThrows(PbxRefusedException.class, () -> rig.execute(new Intrude("8000", "8001")));
		assertEquals(RefusalReason.LEVEL_TOO_LOW, level.reason());
		assertTrue(level.getMessage().contains("8001"), level.getMessage());
		PbxRefusedException device = assertThrows(PbxRefusedException.class, () -> rig.execute(new MakeCall("7777", "8001")));
		assertEquals(RefusalReason.UNKNOWN_DEVICE, device.reason());
	}

	@Test
	void f38_commandsAreRefusedOfflineAtOnceWhileNotConnected() {
		rig.pipe.unplug();
		rig.start();
		assertEquals(ConnectionState.RECONNECTING, rig.state());
		PbxRefusedException e = assertThrows(PbxRefusedException.class, () -> rig.execute(new MakeCall("8001", "8002")));
		assertEquals(RefusalReason.OFFLINE, e.reason());
		assertEquals(List.of(), rig.pbx.executed(), "nothing reached the PBX");
	}

	@Test
	void f38_closedConnectorIsOfflineAndRefusesEverything() {
		rig.start();
		rig.console.close();
		assertEquals(ConnectionState.OFFLINE, rig.state());
		assertEquals(ConnectionState.OFFLINE, rig.log.states().get(rig.log.states().size() - 1));
		PbxRefusedException e = assertThrows(PbxRefusedException.class, () -> rig.execute(new SetNightService(true)));
		assertEquals(RefusalReason.OFFLINE, e.reason());
	}

	@Test
	void f38_pbxWithAnotherMajorVersionIsRefusedWithAClearOfflineReason() {
		// the PBX's HELLO claims protocol 2.0
		rig.pipe.faultBToA(frame -> {
			var f = Frames.frame(frame);
			if (f == null || f.type() != FrameType.HELLO) {
				return List.of(frame);
			}
			try {
				Hello h = Messages.readHello(f.payload());
				Hello newer = new Hello(2, 0, h.role(), h.session(), h.bootId(), h.software(), h.version());
				return List.of(FrameEncoder.encode(new Frame(f.type(), 0, f.seq(), f.ack(), Messages.hello(newer))));
			} catch (Exception e) {
				throw new AssertionError(e);
			}
		});
		rig.start();
		assertEquals(ConnectionState.OFFLINE, rig.state());
		String reason = rig.console.status().detail();
		assertTrue(reason.contains("protocol 2.0") && reason.contains("1.0"), reason);
		rig.advance(Duration.ofMinutes(5));
		assertEquals(ConnectionState.OFFLINE, rig.state(), "no retrying: only an update can help");
	}

	@Test
	void f38_lateListenerStartsFromASnapshotOfTheCurrentState() throws Throwable {
		rig.start();
		rig.execute(new MakeCall("8001", "8002"));
		EventLog late = new EventLog();
		rig.console.addListener(late);
		SnapshotEvent first = assertInstanceOf(SnapshotEvent.class, late.events().get(0));
		assertEquals(rig.pbx.snapshot(), first.snapshot());
		assertEquals(FakePbx.INFO, first.snapshot().info());
	}
}
