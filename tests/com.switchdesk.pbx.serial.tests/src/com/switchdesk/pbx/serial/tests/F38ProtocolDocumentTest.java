package com.switchdesk.pbx.serial.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.switchdesk.pbx.RefusalReason;
import com.switchdesk.pbx.command.Intrude;
import com.switchdesk.pbx.command.MakeCall;
import com.switchdesk.pbx.command.PbxCommand;
import com.switchdesk.pbx.command.ReadSnapshot;
import com.switchdesk.pbx.event.CallCause;
import com.switchdesk.pbx.event.CallChanged;
import com.switchdesk.pbx.event.NightServiceChanged;
import com.switchdesk.pbx.event.PbxEvent;
import com.switchdesk.pbx.model.*;
import com.switchdesk.pbx.serial.internal.codec.CommandCodec;
import com.switchdesk.pbx.serial.internal.codec.Counters;
import com.switchdesk.pbx.serial.internal.codec.Crc16;
import com.switchdesk.pbx.serial.internal.codec.EnumCode;
import com.switchdesk.pbx.serial.internal.codec.EventCodec;
import com.switchdesk.pbx.serial.internal.codec.Frame;
import com.switchdesk.pbx.serial.internal.codec.FrameDecoder;
import com.switchdesk.pbx.serial.internal.codec.FrameEncoder;
import com.switchdesk.pbx.serial.internal.codec.FrameType;
import com.switchdesk.pbx.serial.internal.codec.Hello;
import com.switchdesk.pbx.serial.internal.codec.Messages;
import com.switchdesk.pbx.serial.internal.codec.WireCodes;
import com.switchdesk.pbx.serial.tests.support.Frames;
import com.switchdesk.pbx.serial.tests.support.SpiCatalogue;
import com.switchdesk.pbx.serial.tests.support.SpiSamples;

/**
 * F38: docs/protocol.md says what the code does. Every example frame in it is byte for byte what the
 * reference implementation sends, and its code tables (frame types, commands, events, every
 * enumeration) list exactly the codes the implementation uses.
 */
class F38ProtocolDocumentTest {

	private static final long NONCE = 0x1A2B3C4DL;
	private static final long BOOT = 0x5EED0001L;
	private static String doc;

	@BeforeAll
	static void read() throws IOException {
		String location = System.getProperty("protocol.document");
		assertNotNull(location, "the build passes -Dprotocol.document=<path of docs/protocol.md>");
		doc = Files.readString(Path.of(location), StandardCharsets.UTF_8);
	}

	private static Map<String, Frame> expectedExamples() {
		PbxSnapshot snapshot = new PbxSnapshot(41, new PbxInfo("SwitchDesk simulator", "1.0", true), false,
				List.of(new Extension("8000", "", ExtensionKind.OPERATOR, DeviceState.IDLE, false),
						new Extension("8001", "Room 1", ExtensionKind.EXTENSION, DeviceState.IDLE, false)),
				List.of(), List.of(new OperatorPosition("8000", true, true, true, Optional.empty())), List.of());
		Call call = new Call("C17", List.of(new Party("8000", false, PartyState.CONNECTED),
				new Party("8001", false, PartyState.ALERTING)), Instant.parse("2026-11-25T08:00:00Z"), "");
		Map<String, Frame> m = new LinkedHashMap<>();
		m.put("hello-console", new Frame(FrameType.HELLO, 0, 0, 0,
				Messages.hello(Hello.console(NONCE, "SwitchDesk console", "1.0"))));
		m.put("hello-pbx", new Frame(FrameType.HELLO, 0, 0, 0,
				Messages.hello(Hello.pbx(NONCE, BOOT, "SwitchDesk simulator", "1.0"))));
		m.put("hello-announcement", new Frame(FrameType.HELLO, 0, 0, 0,
				Messages.hello(Hello.pbx(0, BOOT, "SwitchDesk simulator", "1.0"))));
		m.put("read-snapshot", new Frame(FrameType.COMMAND, 0, 0, 0, Messages.command(1, new ReadSnapshot())));
		m.put("snapshot-result", new Frame(FrameType.RESULT, 0, 0, 1,
				Messages.result(1, CommandCodec.READ_SNAPSHOT, snapshot)));
		m.put("ack", new Frame(FrameType.ACK, 0, 1, 1, new byte[0]));
		m.put("make-call", new Frame(FrameType.COMMAND, 0, 1, 1, Messages.command(2, new MakeCall("8000", "8001"))));
		m.put("call-changed", new Frame(FrameType.EVENT, 0, 1, 2,
				Messages.event(new CallChanged(42, call, CallCause.DELIVERED))));
		m.put("make-call-result", new Frame(FrameType.RESULT, 0, 2, 2, Messages.result(2, CommandCodec.MAKE_CALL, null)));
		m.put("intrude", new Frame(FrameType.COMMAND, 0, 2, 3, Messages.command(3, new Intrude("8000", "8001"))));
		m.put("refusal", new Frame(FrameType.REFUSAL, 0, 3, 3, Messages.refusal(3, RefusalReason.LEVEL_TOO_LOW,
				"8001 has an equal or higher barge-in level")));
		m.put("park-result", new Frame(FrameType.RESULT, 0, 5, 5, Messages.result(9, CommandCodec.PARK_CALL, "701")));
		m.put("heartbeat-pbx", new Frame(FrameType.HEARTBEAT, 0, 4, 3, Messages.heartbeat(BOOT)));
		m.put("heartbeat-console", new Frame(FrameType.HEARTBEAT, 0, 3, 4, Messages.heartbeat(0)));
		m.put("stuffed-event", new Frame(FrameType.EVENT, 0, 0x7E, 0x7D, Messages.event(new NightServiceChanged(126, true))));
		return m;
	}

	private static Map<String, String> documentedExamples() {
		Map<String, String> found = new LinkedHashMap<>();
		Matcher m = Pattern.compile("<!-- frame: ([a-z-]+) -->\\s*```hex\\n(.*?)```", Pattern.DOTALL).matcher(doc);
		while (m.find()) {
			found.put(m.group(1), m.group(2));
		}
		return found;
	}

	@Test
	void f38_everyExampleFrameIsExactlyWhatTheImplementationSends() {
		Map<String, Frame> expected = expectedExamples();
		Map<String, String> documented = documentedExamples();
		assertEquals(expected.keySet(), documented.keySet());
		expected.forEach((key, frame) -> assertEquals(Frames.hex(FrameEncoder.encode(frame)),
				Frames.hex(Frames.hex(documented.get(key))), "example " + key));
	}

	@Test
	void f38_everyExampleFrameDecodesCleanly() {
		Counters counters = new Counters();
		FrameDecoder decoder = new FrameDecoder(counters);
		List<Frame> frames = new ArrayList<>();
		documentedExamples().values().forEach(hex -> decoder.feed(Frames.hex(hex), frames::add));
		assertEquals(documentedExamples().size(), frames.size());
		assertEquals(0, counters.droppedFrames(), counters.toString());
	}

	@Test
	void f38_theWorkedCrcExampleIsRight() {
		byte[] header = Frames.hex("00 00 03 05 02 00");
		int crc = Crc16.INITIAL;
		StringBuilder rows = new StringBuilder();
		for (int i = 0; i < header.length; i++) {
			crc = Crc16.update(crc, header, i, 1);
			rows.append(String.format("| `%02X` | `%04X` |%n", header[i], crc));
		}
		assertTrue(doc.contains(rows.toString().replace("\r", "")), "the table of CRC steps:\n" + rows);
		assertTrue(doc.contains("`7E 00 00 03 05 02 00 18 5E 7E`"));
	}

	@Test
	void f38_frameTypeTableMatches() {
		Map<Integer, String> rows = table("## 4. Frame types", "\\| `([0-9A-F]{2})` \\| ([A-Z]+) \\|", 16);
		Map<Integer, String> expected = new TreeMap<>();
		for (int type : new int[] { FrameType.HELLO, FrameType.ACK, FrameType.HEARTBEAT, FrameType.COMMAND,
				FrameType.RESULT, FrameType.REFUSAL, FrameType.EVENT }) {
			expected.put(type, FrameType.name(type));
		}
		assertEquals(expected, rows);
	}

	@Test
	void f38_commandTableListsEveryCommandWithItsCode() {
		Map<Integer, String> rows = table("### 8.1 COMMAND", "\\| 0x([0-9A-F]{2}) \\| ([A-Za-z]+) \\|", 16);
		Map<Integer, String> expected = new TreeMap<>();
		for (PbxCommand<?> c : SpiCatalogue.commands(new SpiSamples(1))) {
			expected.put(CommandCodec.code(c), c.getClass().getSimpleName());
		}
		assertEquals(expected, rows);
	}

	@Test
	void f38_eventTableListsEveryEventWithItsCode() {
		Map<Integer, String> rows = table("### 8.4 EVENT", "\\| 0x([0-9A-F]{2}) \\| ([A-Za-z]+) \\|", 16);
		Map<Integer, String> expected = new TreeMap<>();
		for (PbxEvent e : SpiCatalogue.events(new SpiSamples(1))) {
			expected.put(EventCodec.code(e), e.getClass().getSimpleName());
		}
		assertEquals(expected, rows);
	}

	@Test
	void f38_everyEnumerationTableListsEveryConstantWithItsCode() throws IllegalAccessException {
		for (var field : WireCodes.class.getFields()) {
			EnumCode<?> codes = (EnumCode<?>) field.get(null);
			Enum<?>[] constants = codes.inWireOrder();
			String name = constants[0].getDeclaringClass().getSimpleName();
			Map<Integer, String> rows = table("#### " + name + "\n", "\\| (\\d+) \\| ([A-Z_]+) \\|", 10);
			Map<Integer, String> expected = new TreeMap<>();
			for (int i = 0; i < constants.length; i++) {
				expected.put(i, constants[i].name());
			}
			assertEquals(expected, rows, "the table of " + name);
		}
	}

	/** The rows matching {@code row} in the first table after {@code heading} that has such rows. */
	private static Map<Integer, String> table(String heading, String row, int radix) {
		int start = doc.indexOf(heading);
		assertTrue(start >= 0, "no heading '" + heading.strip() + "' in docs/protocol.md");
		Map<Integer, String> rows = new TreeMap<>();
		Pattern pattern = Pattern.compile("^" + row);
		for (String line : doc.substring(start + heading.length()).split("\n")) {
			if (line.startsWith("#") || (!line.startsWith("|") && !rows.isEmpty())) {
				break; // the next section, or the end of the table we wanted
			}
			Matcher m = pattern.matcher(line);
			if (m.find()) {
				int code = Integer.parseInt(m.group(1), radix);
				assertFalse(rows.containsKey(code), "twice: " + line);
				rows.put(code, m.group(2));
			}
		}
		return rows;
	}
}
