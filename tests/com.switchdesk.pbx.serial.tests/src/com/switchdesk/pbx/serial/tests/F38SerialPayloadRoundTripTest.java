package com.switchdesk.pbx.serial.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.switchdesk.pbx.RefusalReason;
import com.switchdesk.pbx.command.PbxCommand;
import com.switchdesk.pbx.event.PbxEvent;
import com.switchdesk.pbx.serial.internal.codec.CommandCodec;
import com.switchdesk.pbx.serial.internal.codec.EventCodec;
import com.switchdesk.pbx.serial.internal.codec.Hello;
import com.switchdesk.pbx.serial.internal.codec.MalformedPayloadException;
import com.switchdesk.pbx.serial.internal.codec.Messages;
import com.switchdesk.pbx.serial.tests.support.SpiCatalogue;
import com.switchdesk.pbx.serial.tests.support.SpiSamples;

/**
 * F38: every command, result, refusal and event of the SPI survives the wire unchanged, for many
 * random values (property style: 200 seeds); every malformed payload is refused with a
 * {@link MalformedPayloadException}, never a runtime exception.
 */
class F38SerialPayloadRoundTripTest {

	static List<Long> seeds() {
		return java.util.stream.LongStream.rangeClosed(1, 200).boxed().toList();
	}

	@Test
	void f38_theCatalogueCoversEverySpiCommandAndEventType() {
		SpiSamples s = new SpiSamples(0);
		assertEquals(names(PbxCommand.class.getPermittedSubclasses()), names(SpiCatalogue.commands(s)));
		assertEquals(names(PbxEvent.class.getPermittedSubclasses()), names(SpiCatalogue.events(s)));
	}

	@Test
	void f38_commandAndEventCodesAreUnique() {
		SpiSamples s = new SpiSamples(0);
		assertEquals(33, SpiCatalogue.commands(s).stream().map(CommandCodec::code).distinct().count());
		assertEquals(11, SpiCatalogue.events(s).stream().map(EventCodec::code).distinct().count());
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void f38_everyCommandRoundTrips(long seed) throws MalformedPayloadException {
		SpiSamples s = new SpiSamples(seed);
		long id = 1 + s.random().nextLong(0xFFFF_FFFEL);
		for (PbxCommand<?> command : SpiCatalogue.commands(s)) {
			Messages.Command decoded = Messages.readCommand(Messages.command(id, command));
			assertEquals(id, decoded.requestId());
			assertEquals(command, decoded.command());
		}
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void f38_everyResultRoundTrips(long seed) throws MalformedPayloadException {
		SpiSamples s = new SpiSamples(seed);
		for (PbxCommand<?> command : SpiCatalogue.commands(s)) {
			Object result = SpiCatalogue.resultOf(command, s);
			int code = CommandCodec.code(command);
			Messages.Result decoded = Messages.readResult(Messages.result(seed, code, result));
			assertEquals(seed, decoded.requestId());
			assertEquals(code, decoded.commandCode());
			assertEquals(result, decoded.result(), command.getClass().getSimpleName());
		}
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void f38_everyEventRoundTrips(long seed) throws MalformedPayloadException {
		for (PbxEvent event : SpiCatalogue.events(new SpiSamples(seed))) {
			assertEquals(event, Messages.readEvent(Messages.event(event)));
		}
	}

	@Test
	void f38_everyRefusalReasonRoundTrips() throws MalformedPayloadException {
		for (RefusalReason reason : RefusalReason.values()) {
			Messages.Refusal r = Messages.readRefusal(Messages.refusal(0xFFFF_FFFFL, reason, "Nebenstelle 8001 ist besetzt 忙"));
			assertEquals(new Messages.Refusal(0xFFFF_FFFFL, reason, "Nebenstelle 8001 ist besetzt 忙"), r);
		}
	}

	@Test
	void f38_helloAndHeartbeatRoundTrip() throws MalformedPayloadException {
		Hello console = Hello.console(0xDEADBEEFL, "SwitchDesk console", "1.0");
		Hello pbx = Hello.pbx(0xDEADBEEFL, 0x12345678L, "SwitchDesk simulator", "2026.11");
		assertEquals(console, Messages.readHello(Messages.hello(console)));
		assertEquals(pbx, Messages.readHello(Messages.hello(pbx)));
		assertEquals(0xFFFF_FFFFL, Messages.readHeartbeat(Messages.heartbeat(0xFFFF_FFFFL)));
	}

	@Test
	void f38_bytesAfterTheKnownFieldsAreIgnoredForForwardCompatibility() throws MalformedPayloadException {
		Hello pbx = Hello.pbx(1, 2, "PBX", "9");
		byte[] longer = Arrays.copyOf(Messages.hello(pbx), Messages.hello(pbx).length + 5);
		assertEquals(pbx, Messages.readHello(longer));
	}

	/** Fewer seeds: each one decodes every prefix of every event. */
	static List<Long> someSeeds() {
		return java.util.stream.LongStream.rangeClosed(1, 30).boxed().toList();
	}

	@ParameterizedTest
	@MethodSource("someSeeds")
	void f38_everyTruncatedPayloadIsRefusedCleanly(long seed) {
		SpiSamples s = new SpiSamples(seed);
		for (PbxEvent event : SpiCatalogue.events(s)) {
			byte[] full = Messages.event(event);
			for (int n = 0; n < full.length; n++) {
				byte[] cut = Arrays.copyOf(full, n);
				assertThrows(MalformedPayloadException.class, () -> Messages.readEvent(cut),
						event.getClass().getSimpleName() + " cut at " + n);
			}
		}
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void f38_randomPayloadsNeverThrowAnythingButMalformedPayload(long seed) {
		Random r = new Random(seed);
		for (int i = 0; i < 200; i++) {
			byte[] junk = new byte[r.nextInt(80)];
			r.nextBytes(junk);
			for (var reader : List.<Reader>of(Messages::readEvent, Messages::readCommand, Messages::readResult,
					Messages::readRefusal, Messages::readHello)) {
				try {
					reader.read(junk);
				} catch (MalformedPayloadException expected) {
					// refused cleanly
				} catch (RuntimeException e) {
					fail("A runtime exception escaped the decoder for " + Arrays.toString(junk), e);
				}
			}
		}
	}

	@Test
	void f38_valuesTheProtocolCannotCarryAreRefusedWhenEncoding() {
		String tooLong = "8".repeat(70_000);
		assertThrows(IllegalArgumentException.class,
				() -> Messages.command(1, new com.switchdesk.pbx.command.MakeCall("8001", tooLong)));
	}

	@FunctionalInterface
	private interface Reader {
		Object read(byte[] payload) throws MalformedPayloadException;
	}

	private static Set<String> names(Class<?>[] types) {
		return Arrays.stream(types).map(Class::getSimpleName).collect(Collectors.toSet());
	}

	private static Set<String> names(List<?> objects) {
		Set<String> names = new HashSet<>();
		objects.forEach(o -> names.add(o.getClass().getSimpleName()));
		return names;
	}
}
