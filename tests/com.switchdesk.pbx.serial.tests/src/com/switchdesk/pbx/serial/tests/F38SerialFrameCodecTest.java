package com.switchdesk.pbx.serial.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.switchdesk.pbx.serial.internal.codec.Counters;
import com.switchdesk.pbx.serial.internal.codec.Counters.Counter;
import com.switchdesk.pbx.serial.internal.codec.Frame;
import com.switchdesk.pbx.serial.internal.codec.FrameDecoder;
import com.switchdesk.pbx.serial.internal.codec.FrameEncoder;
import com.switchdesk.pbx.serial.internal.codec.FrameType;
import com.switchdesk.pbx.serial.tests.support.Frames;

/**
 * F38: framing. Frames survive any chunking and any byte values; garbage, truncated frames, bad
 * checksums and oversized lengths are dropped and counted, never thrown, and the next good frame is
 * decoded.
 */
class F38SerialFrameCodecTest {

	private final Counters counters = new Counters();
	private final FrameDecoder decoder = new FrameDecoder(counters);
	private final List<Frame> decoded = new ArrayList<>();

	private void feed(byte[] bytes) {
		decoder.feed(bytes, decoded::add);
	}

	private static Frame randomFrame(Random r) {
		byte[] payload = new byte[r.nextInt(4) == 0 ? r.nextInt(Frame.MAX_PAYLOAD + 1) : r.nextInt(40)];
		r.nextBytes(payload);
		return new Frame(FrameType.FIRST_SEQUENCED + r.nextInt(0xF0), r.nextInt(2), r.nextInt(256), r.nextInt(256),
				payload);
	}

	@Test
	void f38_frameLayoutIsFlagHeaderPayloadCrcFlag() {
		byte[] wire = FrameEncoder.encode(new Frame(FrameType.ACK, 0, 3, 5, new byte[0]));
		assertEquals("7E 00 00 03 05 02 00 18 5E 7E", Frames.hex(wire));
	}

	@Test
	void f38_flagAndEscapeBytesInsideAFrameAreStuffed() {
		byte[] wire = FrameEncoder.encode(new Frame(0x20, 0, 0x7E, 0x7D, new byte[] { 0x7E, 0x7D, 0x5E }));
		String hex = Frames.hex(wire);
		assertTrue(hex.startsWith("7E 00 03 7D 5E 7D 5D 20 00 7D 5E 7D 5D 5E "), hex);
		assertEquals(0x7E, wire[0]);
		assertEquals(0x7E, wire[wire.length - 1]);
		for (int i = 1; i < wire.length - 1; i++) {
			assertFalse(wire[i] == 0x7E, "no flag inside the frame at " + i);
		}
		feed(wire);
		assertArrayEquals(new byte[] { 0x7E, 0x7D, 0x5E }, decoded.get(0).payload());
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 })
	void f38_randomFramesRoundTripInRandomChunks(long seed) {
		Random r = new Random(seed);
		List<Frame> sent = new ArrayList<>();
		ByteArrayOutputStream wire = new ByteArrayOutputStream();
		for (int i = 0; i < 200; i++) {
			Frame f = randomFrame(r);
			sent.add(f);
			wire.writeBytes(FrameEncoder.encode(f));
		}
		byte[] bytes = wire.toByteArray();
		for (int pos = 0; pos < bytes.length;) {
			int n = Math.min(bytes.length - pos, 1 + r.nextInt(64));
			decoder.feed(bytes, pos, n, decoded::add);
			pos += n;
		}
		assertEquals(sent, decoded);
		assertEquals(0, counters.droppedFrames());
		assertEquals(200, counters.get(Counter.FRAMES_RECEIVED));
	}

	@ParameterizedTest
	@ValueSource(longs = { 11, 12, 13, 14, 15 })
	void f38_randomGarbageBetweenFramesIsDroppedAndEveryFrameStillArrives(long seed) {
		Random r = new Random(seed);
		List<Frame> sent = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			byte[] garbage = new byte[r.nextInt(300)];
			r.nextBytes(garbage);
			feed(garbage);
			Frame f = randomFrame(r);
			sent.add(f);
			feed(FrameEncoder.encode(f));
		}
		assertEquals(sent, decoded);
		assertTrue(counters.droppedFrames() > 0 || counters.get(Counter.DISCARDED_BYTES) > 0, counters.toString());
	}

	@Test
	void f38_pureNoiseNeverThrowsAndNeverYieldsAFrame() {
		Random r = new Random(42);
		byte[] noise = new byte[1_000_000];
		r.nextBytes(noise);
		feed(noise);
		// one in 2^16 random segments could pass the CRC and length checks; a megabyte of noise has none
		assertEquals(List.of(), decoded);
		assertTrue(counters.droppedFrames() > 1000, counters.toString());
	}

	@Test
	void f38_truncatedFrameIsDroppedAndTheNextFrameDecodes() {
		Frame good = new Frame(FrameType.EVENT, 0, 1, 0, new byte[] { 1, 2, 3, 4, 5 });
		byte[] wire = FrameEncoder.encode(new Frame(FrameType.EVENT, 0, 0, 0, new byte[] { 9, 9, 9, 9, 9, 9 }));
		for (int cut = 2; cut < wire.length - 1; cut++) {
			feed(Arrays.copyOf(wire, cut));
			feed(FrameEncoder.encode(good));
		}
		assertEquals(wire.length - 3, decoded.size());
		assertTrue(decoded.stream().allMatch(good::equals));
		assertEquals(wire.length - 3, counters.droppedFrames(), counters.toString());
	}

	@Test
	void f38_badChecksumIsDroppedAndCounted() {
		byte[] wire = FrameEncoder.encode(new Frame(FrameType.COMMAND, 0, 0, 0, new byte[] { 1, 2, 3 }));
		wire[wire.length - 2] ^= 0x01; // low byte of the CRC
		feed(wire);
		feed(FrameEncoder.encode(new Frame(FrameType.ACK, 0, 0, 1, new byte[0])));
		assertEquals(1, counters.get(Counter.BAD_CRC));
		assertEquals(1, decoded.size());
		assertEquals(FrameType.ACK, decoded.get(0).type());
	}

	@Test
	void f38_everySingleBitErrorIsCaught() {
		byte[] wire = FrameEncoder.encode(new Frame(FrameType.EVENT, 0, 7, 9, "an event payload".getBytes()));
		for (int i = 1; i < wire.length - 1; i++) {
			for (int bit = 0; bit < 8; bit++) {
				byte[] damaged = wire.clone();
				damaged[i] ^= (byte) (1 << bit);
				feed(damaged);
			}
		}
		assertEquals(List.of(), decoded, "a damaged frame was accepted");
	}

	@Test
	void f38_oversizedLengthFieldIsDroppedAndCounted() {
		byte[] body = new byte[8 + 10];
		body[0] = (byte) 0x10; // LEN = 4096 + 10
		body[1] = 10;
		byte[] wire = new byte[body.length + 2];
		wire[0] = 0x7E;
		System.arraycopy(body, 0, wire, 1, body.length);
		wire[wire.length - 1] = 0x7E;
		feed(wire);
		assertEquals(1, counters.get(Counter.OVERSIZED));
		assertEquals(List.of(), decoded);
	}

	@Test
	void f38_endlessFrameWithoutClosingFlagIsDroppedAndTheDecoderResynchronises() {
		byte[] endless = new byte[5000];
		Arrays.fill(endless, (byte) 0x41);
		endless[0] = 0x7E;
		feed(endless);
		Frame good = new Frame(FrameType.HEARTBEAT, 0, 0, 0, new byte[4]);
		feed(FrameEncoder.encode(good));
		assertEquals(1, counters.get(Counter.OVERSIZED));
		assertEquals(List.of(good), decoded);
	}

	@Test
	void f38_abortSequenceDropsTheFrameInProgress() {
		byte[] wire = FrameEncoder.encode(new Frame(FrameType.EVENT, 0, 0, 0, new byte[] { 1, 2, 3 }));
		byte[] aborted = Arrays.copyOf(wire, 5);
		feed(aborted);
		feed(new byte[] { 0x7D });
		feed(FrameEncoder.encode(new Frame(FrameType.ACK, 0, 0, 0, new byte[0])));
		assertEquals(1, counters.get(Counter.ABORTED));
		assertEquals(1, decoded.size());
	}

	@Test
	void f38_largestPayloadFitsAndOneMoreByteIsRefused() {
		byte[] max = new byte[Frame.MAX_PAYLOAD];
		Arrays.fill(max, (byte) 0x7E); // worst case for stuffing: every byte doubles
		feed(FrameEncoder.encode(new Frame(FrameType.RESULT, 0, 0, 0, max)));
		assertEquals(1, decoded.size());
		assertArrayEquals(max, decoded.get(0).payload());
		org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
				() -> new Frame(FrameType.RESULT, 0, 0, 0, new byte[Frame.MAX_PAYLOAD + 1]));
	}
}
