package com.switchdesk.pbx.serial.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.switchdesk.pbx.event.CallCause;
import com.switchdesk.pbx.event.CallChanged;
import com.switchdesk.pbx.event.PbxEvent;
import com.switchdesk.pbx.model.Call;
import com.switchdesk.pbx.model.Party;
import com.switchdesk.pbx.model.PartyState;
import com.switchdesk.pbx.serial.internal.codec.Counters;
import com.switchdesk.pbx.serial.internal.codec.Frame;
import com.switchdesk.pbx.serial.internal.codec.FrameDecoder;
import com.switchdesk.pbx.serial.internal.codec.FrameEncoder;
import com.switchdesk.pbx.serial.internal.codec.FrameType;
import com.switchdesk.pbx.serial.internal.codec.MalformedPayloadException;
import com.switchdesk.pbx.serial.internal.codec.Messages;

/**
 * F38: the codec is far faster than any serial line. Prints the measured rate (JIT warm-up included);
 * fails only if it is absurdly low.
 */
class F38SerialCodecThroughputTest {

	private static final int FRAMES = 200_000;

	@Test
	void f38_codecIsFarFasterThanAnySerialLine() throws MalformedPayloadException {
		PbxEvent event = new CallChanged(123_456, new Call("call-4711", List.of(new Party("8001", false,
				PartyState.CONNECTED), new Party("013912345678", true, PartyState.ALERTING)),
				Instant.parse("2026-11-25T08:00:00.123456789Z"), ""), CallCause.DELIVERED);
		run(event, 20_000); // warm up
		long start = System.nanoTime();
		int bytes = run(event, FRAMES);
		double seconds = (System.nanoTime() - start) / 1e9;
		double rate = FRAMES / seconds;
		System.out.printf("F38 codec throughput: %,d CallChanged frames (%d bytes each on the wire) encoded and decoded"
				+ " in %.3f s = %,.0f frames/s, %.1f MB/s%n", FRAMES, bytes / FRAMES, seconds, rate, bytes / seconds / 1e6);
		// 115,200 baud carries about 160 of these frames a second; ten times that even on a loaded machine
		assertTrue(rate > 2_000, "only " + rate + " frames/s");
	}

	private static int run(PbxEvent event, int n) throws MalformedPayloadException {
		ByteArrayOutputStream wire = new ByteArrayOutputStream();
		for (int i = 0; i < n; i++) {
			wire.writeBytes(FrameEncoder.encode(new Frame(FrameType.EVENT, 0, i & 0xFF, 0, Messages.event(event))));
		}
		byte[] bytes = wire.toByteArray();
		int[] count = { 0 };
		FrameDecoder decoder = new FrameDecoder(new Counters());
		PbxEvent[] last = new PbxEvent[1];
		MalformedPayloadException[] error = new MalformedPayloadException[1];
		decoder.feed(bytes, f -> {
			count[0]++;
			try {
				last[0] = Messages.readEvent(f.payload());
			} catch (MalformedPayloadException e) {
				error[0] = e;
			}
		});
		if (error[0] != null) {
			throw error[0];
		}
		assertEquals(n, count[0]);
		assertEquals(event, last[0]);
		return bytes.length;
	}
}
