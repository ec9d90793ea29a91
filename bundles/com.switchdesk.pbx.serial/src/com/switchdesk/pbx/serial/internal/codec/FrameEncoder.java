package com.switchdesk.pbx.serial.internal.codec;

import java.io.ByteArrayOutputStream;

/**
 * Frame to bytes on the wire: {@code 7E | LEN(2) SEQ ACK TYPE FLAGS PAYLOAD CRC(2) | 7E}, where
 * everything between the flags is byte-stuffed (7E → 7D 5E, 7D → 7D 5D) and the CRC-16/CCITT-FALSE
 * covers LEN to the end of the payload. Stateless.
 */
public final class FrameEncoder {

	public static final int FLAG = 0x7E;
	public static final int ESCAPE = 0x7D;
	public static final int ESCAPE_XOR = 0x20;
	/** LEN, SEQ, ACK, TYPE, FLAGS before the payload. */
	public static final int HEADER_LENGTH = 6;
	/** Header and CRC: the smallest frame body. */
	public static final int OVERHEAD = HEADER_LENGTH + 2;

	private FrameEncoder() {
	}

	public static byte[] encode(Frame frame) {
		byte[] body = body(frame);
		ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + body.length / 16 + 2);
		out.write(FLAG);
		for (byte b : body) {
			int v = b & 0xFF;
			if (v == FLAG || v == ESCAPE) {
				out.write(ESCAPE);
				out.write(v ^ ESCAPE_XOR);
			} else {
				out.write(v);
			}
		}
		out.write(FLAG);
		return out.toByteArray();
	}

	/** The unstuffed body: header, payload and CRC. */
	public static byte[] body(Frame frame) {
		byte[] p = frame.payload();
		byte[] body = new byte[OVERHEAD + p.length];
		body[0] = (byte) (p.length >>> 8);
		body[1] = (byte) p.length;
		body[2] = (byte) frame.seq();
		body[3] = (byte) frame.ack();
		body[4] = (byte) frame.type();
		body[5] = (byte) frame.flags();
		System.arraycopy(p, 0, body, HEADER_LENGTH, p.length);
		int crc = Crc16.update(Crc16.INITIAL, body, 0, HEADER_LENGTH + p.length);
		body[body.length - 2] = (byte) (crc >>> 8);
		body[body.length - 1] = (byte) crc;
		return body;
	}
}
