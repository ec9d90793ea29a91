package com.switchdesk.pbx.serial.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import com.switchdesk.pbx.serial.LinkTimings;
import com.switchdesk.pbx.serial.internal.codec.Counters.Counter;
import com.switchdesk.pbx.serial.internal.codec.Frame;
import com.switchdesk.pbx.serial.internal.codec.FrameType;
import com.switchdesk.pbx.serial.tests.support.Frames;
import com.switchdesk.pbx.serial.tests.support.LinkPair;
import com.switchdesk.pbx.testing.ManualScheduler;

/**
 * F39: the link layer delivers every message once and in order over a lossy line: lost frames are
 * retransmitted after the time-out, retransmitted duplicates are acknowledged again but delivered
 * once, long messages are split and joined, and a dead peer is noticed.
 */
class F39SerialLinkTest {

	private final ManualScheduler clock = new ManualScheduler(Instant.parse("2026-11-25T08:00:00Z"));
	private final LinkTimings timings = LinkTimings.defaults();
	private final LinkPair pair = new LinkPair(clock, timings);

	private void send(LinkPair.Side side, String text) {
		clock.execute(() -> side.link.sendMessage(FrameType.EVENT, text.getBytes(StandardCharsets.UTF_8)));
	}

	private static boolean isSequenced(byte[] bytes, int seq) {
		Frame f = Frames.frame(bytes);
		return f != null && FrameType.isSequenced(f.type()) && f.seq() == seq;
	}

	@Test
	void f39_lostFrameIsRetransmittedAfterTheTimeoutAndDeliveredOnce() {
		int[] seen = { 0 };
		pair.a.pass = bytes -> !(isSequenced(bytes, 0) && seen[0]++ == 0); // the first copy of frame 0 is lost
		send(pair.a, "hello");
		assertEquals(List.of(), pair.b.messages);
		clock.advance(Duration.ofMillis(999));
		assertEquals(List.of(), pair.b.messages);
		clock.advance(Duration.ofMillis(1));
		assertEquals(List.of("hello"), pair.b.messages);
		assertEquals(1, pair.a.counters.get(Counter.RETRANSMISSIONS));
		clock.advance(Duration.ofSeconds(10));
		assertEquals(List.of("hello"), pair.b.messages, "delivered once");
		assertEquals(List.of(), pair.a.lost);
	}

	@Test
	void f39_retransmittedDuplicateIsAcknowledgedAgainButDeliveredOnce() {
		int[] acks = { 0 };
		pair.b.pass = bytes -> !(Frames.isType(bytes, FrameType.ACK) && acks[0]++ == 0); // the first ACK is lost
		send(pair.a, "once");
		assertEquals(List.of("once"), pair.b.messages);
		clock.advance(Duration.ofSeconds(1)); // no ACK came: a sends frame 0 again
		assertEquals(List.of("once"), pair.b.messages, "the duplicate is not delivered");
		assertEquals(1, pair.b.counters.get(Counter.DUPLICATES));
		assertEquals(2, acks[0], "the duplicate was acknowledged again");
		clock.advance(Duration.ofSeconds(10));
		assertEquals(1, pair.a.counters.get(Counter.RETRANSMISSIONS), "the second ACK stopped the retransmissions");
	}

	@Test
	void f39_everyMessageArrivesOnceAndInOrderOverALossyLine() {
		LinkTimings patient = new LinkTimings(timings.heartbeatInterval(), timings.missedHeartbeats(),
				timings.ackTimeout(), 20, timings.helloInterval(), timings.helloAttempts(), timings.commandTimeout(),
				timings.backoffInitial(), timings.backoffMax());
		LinkPair lossy = new LinkPair(clock, patient);
		Random r = new Random(7);
		lossy.a.pass = bytes -> r.nextInt(10) != 0; // a tenth of all frames are lost, both ways
		lossy.b.pass = bytes -> r.nextInt(10) != 0;
		List<String> sent = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			String text = "event " + i + " " + "x".repeat(r.nextInt(3000)); // some need several fragments
			sent.add(text);
			send(lossy.a, text);
			if (i % 10 == 0) {
				clock.advance(Duration.ofMillis(300));
			}
		}
		for (int i = 0; i < 600 && lossy.b.messages.size() < sent.size(); i++) {
			clock.advance(Duration.ofMillis(500));
		}
		assertEquals(sent, lossy.b.messages);
		assertEquals(List.of(), lossy.a.lost);
		assertTrue(lossy.a.counters.get(Counter.RETRANSMISSIONS) > 0);
		assertTrue(lossy.b.counters.get(Counter.OUT_OF_ORDER) > 0, "frames after a lost one were dropped");
	}

	@Test
	void f39_peerThatNeverAcknowledgesIsDeclaredLostAfterTheRetryLimit() {
		pair.b.pass = bytes -> false; // b's answers never arrive
		send(pair.a, "anyone?");
		clock.advance(Duration.ofMillis(3999));
		assertEquals(List.of(), pair.a.lost);
		assertEquals(3, pair.a.counters.get(Counter.RETRANSMISSIONS));
		clock.advance(Duration.ofMillis(1));
		assertEquals(1, pair.a.lost.size());
		assertTrue(pair.a.lost.get(0).contains("3 retransmissions"), pair.a.lost.get(0));
	}

	@Test
	void f39_silentPeerIsDeclaredLostAfterThreeMissedHeartbeats() {
		pair.b.pass = bytes -> false;
		clock.advance(Duration.ofMillis(5999));
		assertEquals(List.of(), pair.a.lost);
		clock.advance(Duration.ofMillis(1));
		assertEquals(1, pair.a.lost.size());
		assertTrue(pair.a.lost.get(0).contains("3 heartbeats missed"), pair.a.lost.get(0));
		assertEquals(List.of(), pair.b.lost, "b still hears a's heartbeats");
	}

	@Test
	void f39_heartbeatsKeepAnIdleLinkAlive() {
		clock.advance(Duration.ofMinutes(10));
		assertEquals(List.of(), pair.a.lost);
		assertEquals(List.of(), pair.b.lost);
		assertTrue(pair.a.counters.get(Counter.FRAMES_RECEIVED) >= 299, pair.a.counters.toString());
	}
}
