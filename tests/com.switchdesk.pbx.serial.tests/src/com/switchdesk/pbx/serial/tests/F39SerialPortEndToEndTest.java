package com.switchdesk.pbx.serial.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.switchdesk.pbx.ConnectionState;
import com.switchdesk.pbx.PbxRefusedException;
import com.switchdesk.pbx.RefusalReason;
import com.switchdesk.pbx.Schedulers;
import com.switchdesk.pbx.Schedulers.ClosableScheduler;
import com.switchdesk.pbx.command.Intrude;
import com.switchdesk.pbx.command.MakeCall;
import com.switchdesk.pbx.command.ParkCall;
import com.switchdesk.pbx.command.ReadSnapshot;
import com.switchdesk.pbx.event.CallChanged;
import com.switchdesk.pbx.event.ConnectionEvent;
import com.switchdesk.pbx.event.ExtensionChanged;
import com.switchdesk.pbx.event.SnapshotEvent;
import com.switchdesk.pbx.model.DeviceState;
import com.switchdesk.pbx.model.PbxSnapshot;
import com.switchdesk.pbx.serial.LinkTimings;
import com.switchdesk.pbx.serial.SerialSettings;
import com.switchdesk.pbx.serial.TransportFactory;
import com.switchdesk.pbx.serial.internal.SerialConnector;
import com.switchdesk.pbx.serial.server.PbxEndpoint;
import com.switchdesk.pbx.serial.tests.support.EventLog;
import com.switchdesk.pbx.serial.tests.support.FakePbx;
import com.switchdesk.pbx.serial.tests.support.Socat;

/**
 * F38/F39 end to end over a real pseudo-terminal pair made by socat, with jSerialComm on both ends
 * and real threads: the console on ttyA, the PBX endpoint (serving a fake PBX) on ttyB. Killing socat
 * pulls the cable; a new socat at the same paths plugs it back in. Skipped when socat is missing or
 * with -DskipSerialPortTests=true.
 */
class F39SerialPortEndToEndTest {

	private static final Duration WAIT = Duration.ofSeconds(20);
	/**
	 * Shorter times than in production so that the test is quick, but not so short that a busy build
	 * machine's pauses look like a dead line (a pulled cable is noticed at once by the read error).
	 */
	private static final LinkTimings FAST = new LinkTimings(Duration.ofMillis(500), 3, Duration.ofMillis(500), 3,
			Duration.ofMillis(300), 5, Duration.ofSeconds(10), Duration.ofMillis(100), Duration.ofMillis(800));

	@TempDir
	Path dir;

	private Socat socat;
	private final ClosableScheduler pbxThread = Schedulers.newRealTime("fake-pbx");
	private final ClosableScheduler endpointThread = Schedulers.newRealTime("pbx-endpoint");
	private final ClosableScheduler consoleThread = Schedulers.newRealTime("console");
	private final EventLog log = new EventLog();
	private FakePbx pbx;
	private PbxEndpoint endpoint;
	private SerialConnector console;

	@BeforeEach
	void plugIn() throws Exception {
		assumeTrue(!Boolean.getBoolean("skipSerialPortTests"), "skipSerialPortTests is set");
		assumeTrue(Socat.available(), "socat is not installed");
		socat = Socat.start(dir, Duration.ofSeconds(10));
		pbx = new FakePbx(pbxThread);
		pbx.start();
		endpoint = new PbxEndpoint(pbx, TransportFactory.serialPort(SerialSettings.defaults(socat.b().toString())),
				endpointThread, FAST);
		endpoint.start();
		console = new SerialConnector(TransportFactory.serialPort(SerialSettings.defaults(socat.a().toString())),
				consoleThread, FAST, () -> {
				});
		console.addListener(log);
		console.start();
	}

	@AfterEach
	void unplug() {
		if (console != null) {
			console.close();
		}
		if (endpoint != null) {
			endpoint.close();
		}
		if (socat != null) {
			socat.close();
		}
		consoleThread.close();
		endpointThread.close();
		pbxThread.close();
	}

	private int awaitOnlineWithSnapshot(int from) {
		log.await(from, e -> e instanceof ConnectionEvent c && c.status().state() == ConnectionState.ONLINE, WAIT,
				"ONLINE");
		log.await(from, SnapshotEvent.class::isInstance, WAIT, "a snapshot");
		return log.size();
	}

	private PbxSnapshot pbxState() throws Exception {
		return pbx.execute(new ReadSnapshot()).toCompletableFuture().get(5, TimeUnit.SECONDS);
	}

	/** Waits until the console has seen the PBX's latest event, then compares the states. */
	private void assertConsoleMatchesThePbx() throws Exception {
		PbxSnapshot expected = pbxState();
		log.await(0, e -> !(e instanceof ConnectionEvent) && e.sequence() == expected.sequence(), WAIT,
				"event #" + expected.sequence());
		log.assertNoGapsOrDuplicates();
		assertEquals(expected, log.rebuiltState());
	}

	@Test
	void f38_consoleTalksToThePbxOverARealPseudoTerminal() throws Exception {
		awaitOnlineWithSnapshot(0);
		assertTrue(console.status().detail().contains("Fake PBX 1.0"), console.status().detail());
		console.execute(new MakeCall("8001", "8002")).toCompletableFuture().get(5, TimeUnit.SECONDS);
		assertEquals(1, log.ofType(CallChanged.class).size(), "the call's events came before its result");
		assertEquals("701", console.execute(new ParkCall("8001", "call-1")).toCompletableFuture().get(5, TimeUnit.SECONDS));
		ExecutionException refused = assertThrows(ExecutionException.class,
				() -> console.execute(new Intrude("8000", "8001")).toCompletableFuture().get(5, TimeUnit.SECONDS));
		assertEquals(RefusalReason.LEVEL_TOO_LOW, ((PbxRefusedException) refused.getCause()).reason());
		for (int i = 0; i < 50; i++) {
			pbx.lamp("800" + (1 + i % 8), i % 2 == 0 ? DeviceState.RINGING : DeviceState.IDLE);
		}
		assertConsoleMatchesThePbx();
		assertTrue(endpoint.consoleAttached());
	}

	@Test
	void f39_reconnectsAfterCablePulledAndResynchronises() throws Exception {
		int online = awaitOnlineWithSnapshot(0);
		pbx.lamp("8001", DeviceState.TALKING);
		log.await(online, ExtensionChanged.class::isInstance, WAIT, "the first lamp change");

		socat.pullCable();
		ConnectionEvent down = (ConnectionEvent) log.await(online,
				e -> e instanceof ConnectionEvent c && c.status().state() == ConnectionState.RECONNECTING, WAIT,
				"RECONNECTING");
		assertTrue(down.status().nextAttempt().isPresent());
		pbx.lamp("8002", DeviceState.RINGING); // while the cable is out
		pbx.lamp("8003", DeviceState.DND);

		socat = Socat.start(dir, Duration.ofSeconds(10)); // plugged back in, same paths
		int back = log.size();
		awaitOnlineWithSnapshot(back);
		SnapshotEvent resync = (SnapshotEvent) log.await(back, SnapshotEvent.class::isInstance, WAIT, "a snapshot");
		assertEquals(DeviceState.DND, resync.snapshot().extensions().stream().filter(x -> x.number().equals("8003"))
				.findFirst().orElseThrow().state(), "the snapshot holds what happened while the cable was out");

		pbx.lamp("8004", DeviceState.HELD);
		console.execute(new MakeCall("8005", "8006")).toCompletableFuture().get(5, TimeUnit.SECONDS);
		assertConsoleMatchesThePbx();
	}
}
