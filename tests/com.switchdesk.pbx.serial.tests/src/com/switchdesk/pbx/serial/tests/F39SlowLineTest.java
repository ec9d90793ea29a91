package com.switchdesk.pbx.serial.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.switchdesk.pbx.ConnectionState;
import com.switchdesk.pbx.command.MakeCall;
import com.switchdesk.pbx.event.SnapshotEvent;
import com.switchdesk.pbx.model.DeviceState;
import com.switchdesk.pbx.serial.internal.codec.CommandCodec;
import com.switchdesk.pbx.serial.internal.codec.Counters.Counter;
import com.switchdesk.pbx.serial.internal.codec.Messages;
import com.switchdesk.pbx.serial.tests.support.SerialRig;

/**
 * F39 on a line as slow as the default 9600 baud (960 bytes a second each way): a snapshot of a
 * 500-room hotel takes many seconds, yet nothing is retransmitted in vain, no command times out,
 * and the heartbeat does not declare the busy line dead.
 */
class F39SlowLineTest {

	private static final int BYTES_PER_SECOND_AT_9600_8N1 = 960;

	private final SerialRig rig = new SerialRig(500);

	@AfterEach
	void close() {
		rig.close();
	}

	@Test
	void f39_bigSnapshotOver9600BaudArrivesWithoutSpuriousRetransmissions() {
		rig.pipe.bytesPerSecond(BYTES_PER_SECOND_AT_9600_8N1);
		Instant start = rig.clock.now();
		rig.start();
		for (int i = 0; i < 120 && rig.state() != ConnectionState.ONLINE; i++) {
			rig.advance(Duration.ofMillis(500));
		}
		assertEquals(ConnectionState.ONLINE, rig.state(), rig.console.status().detail());
		Duration took = Duration.between(start, rig.clock.now());
		assertTrue(took.compareTo(Duration.ofSeconds(10)) > 0, "a 500-room snapshot takes its time at 9600 baud: " + took);
		var snapshot = rig.log.ofType(SnapshotEvent.class).get(0).snapshot();
		assertEquals(500 + 1, snapshot.extensions().size());
		System.out.printf("F39 at 9600 baud: a snapshot of %d extensions (%,d bytes) was online after %.1f s%n",
				snapshot.extensions().size(), Messages.result(1, CommandCodec.READ_SNAPSHOT, snapshot).length,
				took.toMillis() / 1000.0);
		assertEquals(0, rig.console.counters().get(Counter.RETRANSMISSIONS));
		assertTrue(rig.endpoint.consoleAttached(), "the PBX kept its session");

		CompletableFuture<Void> call = rig.console.execute(new MakeCall("8001", "8002")).toCompletableFuture();
		for (int i = 0; i < 100; i++) {
			rig.pbx.lamp(Integer.toString(8003 + i), DeviceState.RINGING); // a burst the line needs seconds for
		}
		rig.advance(Duration.ofSeconds(30));
		assertTrue(call.isDone() && !call.isCompletedExceptionally(), "the call completed: " + call);
		assertEquals(ConnectionState.ONLINE, rig.state());
		rig.log.assertNoGapsOrDuplicates();
		assertEquals(rig.pbx.snapshot(), rig.log.rebuiltState());
	}
}
