package com.switchdesk.pbx.serial.internal.codec;

import static com.switchdesk.pbx.serial.internal.codec.FrameEncoder.ESCAPE;
import static com.switchdesk.pbx.serial.internal.codec.FrameEncoder.ESCAPE_XOR;
import static com.switchdesk.pbx.serial.internal.codec.FrameEncoder.FLAG;
import static com.switchdesk.pbx.serial.internal.codec.FrameEncoder.HEADER_LENGTH;
import static com.switchdesk.pbx.serial.internal.codec.FrameEncoder.OVERHEAD;

import java.util.Arrays;
import java.util.function.Consumer;

import com.switchdesk.pbx.serial.internal.codec.Counters.Counter;

/**
 * Bytes from the wire to frames. Feed it bytes in any chunks; it emits each good frame and drops and
 * counts each bad one, never throwing. Every flag byte (7E) ends the frame in progress and starts a
 * new one, so the decoder is back in step at the first flag after any garbage. Not thread-safe: one
 * decoder per receiving thread.
 */
public final class FrameDecoder {

	/** The largest unstuffed frame body: header, the largest payload, CRC. */
	public static final int MAX_BODY = OVERHEAD + Frame.MAX_PAYLOAD;

	private final Counters counters;
	private final byte[] body = new byte[MAX_BODY];
	private int length;
	/** Before the first flag, and after an oversized frame until the next flag. */
	private boolean hunting = true;
	private boolean escaped;

	public FrameDecoder(Counters counters) {
		this.counters = counters;
	}

	public void feed(byte[] data, Consumer<Frame> out) {
		feed(data, 0, data.length, out);
	}

	public void feed(byte[] data, int offset, int count, Consumer<Frame> out) {
		for (int i = offset; i < offset + count; i++) {
			int b = data[i] & 0xFF;
			if (b == FLAG) {
				endFrame(out);
			} else if (hunting) {
				counters.count(Counter.DISCARDED_BYTES);
			} else if (b == ESCAPE && !escaped) {
				escaped = true;
			} else {
				append(escaped ? b ^ ESCAPE_XOR : b);
				escaped = false;
			}
		}
	}

	private void append(int b) {
		if (length == MAX_BODY) {
			counters.count(Counter.OVERSIZED);
			hunting = true;
			length = 0;
			return;
		}
		body[length++] = (byte) b;
	}

	private void endFrame(Consumer<Frame> out) {
		boolean aborted = escaped;
		boolean wasHunting = hunting;
		int n = length;
		hunting = false;
		escaped = false;
		length = 0;
		if (wasHunting || (n == 0 && !aborted)) {
			return; // the opening flag, or flags back to back between frames
		}
		Frame frame = check(aborted, n);
		if (frame != null) {
			counters.count(Counter.FRAMES_RECEIVED);
			out.accept(frame);
		}
	}

	private Frame check(boolean aborted, int n) {
		if (aborted) {
			counters.count(Counter.ABORTED);
			return null;
		}
		if (n < OVERHEAD) {
			counters.count(Counter.TOO_SHORT);
			return null;
		}
		int declared = ((body[0] & 0xFF) << 8) | (body[1] & 0xFF);
		if (declared > Frame.MAX_PAYLOAD) {
			counters.count(Counter.OVERSIZED);
			return null;
		}
		if (declared != n - OVERHEAD) {
			counters.count(Counter.LENGTH_MISMATCH);
			return null;
		}
		int crc = Crc16.update(Crc16.INITIAL, body, 0, n - 2);
		int sent = ((body[n - 2] & 0xFF) << 8) | (body[n - 1] & 0xFF);
		if (crc != sent) {
			counters.count(Counter.BAD_CRC);
			return null;
		}
		int flags = body[5] & 0xFF;
		return new Frame(body[4] & 0xFF, flags, body[2] & 0xFF, body[3] & 0xFF,
				Arrays.copyOfRange(body, HEADER_LENGTH, HEADER_LENGTH + declared));
	}
}
