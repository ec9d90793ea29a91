package com.switchdesk.pbx.serial.internal.codec;

/**
 * CRC-16/CCITT-FALSE: polynomial 0x1021, initial value 0xFFFF, no reflection, no final XOR. The
 * check value of the ASCII bytes "123456789" is 0x29B1.
 */
public final class Crc16 {

	public static final int POLYNOMIAL = 0x1021;
	public static final int INITIAL = 0xFFFF;

	private static final int[] TABLE = new int[256];

	static {
		for (int i = 0; i < 256; i++) {
			int crc = i << 8;
			for (int bit = 0; bit < 8; bit++) {
				crc = (crc & 0x8000) != 0 ? (crc << 1) ^ POLYNOMIAL : crc << 1;
			}
			TABLE[i] = crc & 0xFFFF;
		}
	}

	private Crc16() {
	}

	public static int of(byte[] data) {
		return update(INITIAL, data, 0, data.length);
	}

	/** Continues {@code crc} over {@code length} bytes of {@code data} from {@code offset}. */
	public static int update(int crc, byte[] data, int offset, int length) {
		int c = crc;
		for (int i = offset; i < offset + length; i++) {
			c = ((c << 8) ^ TABLE[((c >>> 8) ^ data[i]) & 0xFF]) & 0xFFFF;
		}
		return c;
	}
}
