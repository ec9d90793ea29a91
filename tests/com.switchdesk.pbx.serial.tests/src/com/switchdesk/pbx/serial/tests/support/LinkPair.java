package com.switchdesk.pbx.serial.tests.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import com.switchdesk.pbx.serial.LinkTimings;
import com.switchdesk.pbx.serial.internal.codec.Counters;
import com.switchdesk.pbx.serial.internal.link.Link;
import com.switchdesk.pbx.serial.internal.link.LinkHandler;
import com.switchdesk.pbx.testing.ManualScheduler;

/** Two links wired back to back through filters, for tests of the link layer alone. */
public final class LinkPair {

	/** One end: its link, what it received, and whether it lost the link. */
	public static final class Side implements LinkHandler {
		public final Counters counters = new Counters();
		public final List<String> messages = new ArrayList<>();
		public final List<String> lost = new ArrayList<>();
		public Link link;
		/** Which frames (encoded bytes) this side's sends may pass; the rest are lost. */
		public Predicate<byte[]> pass = b -> true;

		@Override
		public void onHello(byte[] payload) {
		}

		@Override
		public void onHeartbeat(byte[] payload) {
		}

		@Override
		public void onMessage(int type, byte[] payload) {
			messages.add(new String(payload, java.nio.charset.StandardCharsets.UTF_8));
		}

		@Override
		public void onFrameWithoutSession(int type) {
		}

		@Override
		public void onLinkLost(String reason) {
			lost.add(reason);
		}

		@Override
		public byte[] heartbeatPayload() {
			return new byte[4];
		}
	}

	public final ManualScheduler clock;
	public final Side a = new Side();
	public final Side b = new Side();

	public LinkPair(ManualScheduler clock, LinkTimings timings) {
		this.clock = clock;
		a.link = new Link(clock, timings, bytes -> carry(a, b, bytes), n -> Duration.ZERO, a, a.counters);
		b.link = new Link(clock, timings, bytes -> carry(b, a, bytes), n -> Duration.ZERO, b, b.counters);
		a.link.startSession();
		b.link.startSession();
	}

	private void carry(Side from, Side to, byte[] bytes) {
		if (from.pass.test(bytes)) {
			clock.execute(() -> to.link.receive(bytes));
		}
	}
}
