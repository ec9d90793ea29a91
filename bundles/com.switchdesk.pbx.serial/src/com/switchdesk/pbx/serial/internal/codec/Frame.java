package com.switchdesk.pbx.serial.internal.codec;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * One frame as the link layer sees it, before byte-stuffing.
 *
 * @param type    the message type, see {@link FrameType}
 * @param flags   {@link #MORE} when more fragments of the same message follow; other bits are 0
 * @param seq     the sequence number 0–255 (sequenced types), else the sender's next number
 * @param ack     the next sequence number the sender expects from its peer, 0–255
 * @param payload 0–{@value #MAX_PAYLOAD} bytes; not copied
 */
public record Frame(int type, int flags, int seq, int ack, byte[] payload) {

	/** The largest payload of one frame; longer messages are sent in fragments. */
	public static final int MAX_PAYLOAD = 1024;
	/** FLAGS bit: more fragments of this message follow. */
	public static final int MORE = 0x01;

	public Frame {
		checkByte(type, "type");
		checkByte(flags, "flags");
		checkByte(seq, "seq");
		checkByte(ack, "ack");
		if (payload.length > MAX_PAYLOAD) {
			throw new IllegalArgumentException("A frame's payload is at most " + MAX_PAYLOAD + " bytes, not " + payload.length);
		}
	}

	public boolean more() {
		return (flags & MORE) != 0;
	}

	private static void checkByte(int value, String name) {
		if (value < 0 || value > 0xFF) {
			throw new IllegalArgumentException(name + " must be 0–255, not " + value);
		}
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof Frame f && f.type == type && f.flags == flags && f.seq == seq && f.ack == ack
				&& Arrays.equals(f.payload, payload);
	}

	@Override
	public int hashCode() {
		return ((type * 31 + flags) * 31 + seq) * 31 + ack + Arrays.hashCode(payload);
	}

	@Override
	public String toString() {
		return FrameType.name(type) + (more() ? "+" : "") + " seq=" + seq + " ack=" + ack + " ["
				+ HexFormat.of().formatHex(payload) + "]";
	}
}
