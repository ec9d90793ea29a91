package com.switchdesk.pbx.serial.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.switchdesk.pbx.serial.internal.codec.Crc16;
import com.switchdesk.pbx.serial.tests.support.Frames;

/** F38: the frame checksum is CRC-16/CCITT-FALSE, with the values docs/protocol.md works through. */
class F38Crc16Test {

	@Test
	void f38_crcOfTheStandardCheckStringIs29B1() {
		assertEquals(0x29B1, Crc16.of("123456789".getBytes(StandardCharsets.US_ASCII)));
	}

	@Test
	void f38_crcOfNothingIsTheInitialValue() {
		assertEquals(0xFFFF, Crc16.of(new byte[0]));
	}

	@Test
	void f38_crcOfTheDocumentsWorkedExampleMatches() {
		// the header of an ACK frame acknowledging up to 5: LEN=0000 SEQ=03 ACK=05 TYPE=02 FLAGS=00
		assertEquals(0x185E, Crc16.of(Frames.hex("00 00 03 05 02 00")));
	}

	@Test
	void f38_crcComputedInPiecesEqualsCrcInOneGo() {
		byte[] data = "SwitchDesk 总机 serial protocol".getBytes(StandardCharsets.UTF_8);
		int split = 7;
		int crc = Crc16.update(Crc16.update(Crc16.INITIAL, data, 0, split), data, split, data.length - split);
		assertEquals(Crc16.of(data), crc);
	}
}
