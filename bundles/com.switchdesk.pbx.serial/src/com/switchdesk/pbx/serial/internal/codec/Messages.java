package com.switchdesk.pbx.serial.internal.codec;

import java.util.OptionalLong;

import com.switchdesk.pbx.RefusalReason;
import com.switchdesk.pbx.command.PbxCommand;
import com.switchdesk.pbx.event.PbxEvent;

/**
 * The payload of each frame type (docs/protocol.md sections 6 and 8). Encoding throws
 * {@link IllegalArgumentException} for a value the protocol cannot carry; decoding throws
 * {@link MalformedPayloadException}, never a runtime exception. Bytes after the last known field are
 * ignored, so a later minor version may append fields.
 */
public final class Messages {

	/** A decoded COMMAND. */
	public record Command(long requestId, PbxCommand<?> command) {
	}

	/** A decoded RESULT; {@code result} is null for commands without a result. */
	public record Result(long requestId, int commandCode, Object result) {
	}

	/** A decoded REFUSAL. */
	public record Refusal(long requestId, RefusalReason reason, String message) {
	}

	private Messages() {
	}

	public static byte[] hello(Hello h) {
		return new PayloadWriter().u8(h.major()).u8(h.minor()).u8(h.role()).u32(h.session()).u32(h.bootId())
				.str(h.software()).str(h.version()).toByteArray();
	}

	public static Hello readHello(byte[] payload) throws MalformedPayloadException {
		return decode(payload, r -> new Hello(r.u8(), r.u8(), r.u8(), r.u32(), r.u32(), r.str(), r.str()));
	}

	public static byte[] heartbeat(long bootId) {
		return new PayloadWriter().u32(bootId).toByteArray();
	}

	public static long readHeartbeat(byte[] payload) throws MalformedPayloadException {
		return decode(payload, PayloadReader::u32);
	}

	public static byte[] command(long requestId, PbxCommand<?> command) {
		PayloadWriter w = new PayloadWriter().u32(requestId);
		CommandCodec.write(w, command);
		return w.toByteArray();
	}

	public static Command readCommand(byte[] payload) throws MalformedPayloadException {
		return decode(payload, r -> new Command(r.u32(), CommandCodec.read(r)));
	}

	/** The request id at the start of a COMMAND, RESULT or REFUSAL, if the payload is long enough. */
	public static OptionalLong requestId(byte[] payload) {
		try {
			return OptionalLong.of(new PayloadReader(payload).u32());
		} catch (MalformedPayloadException e) {
			return OptionalLong.empty();
		}
	}

	public static byte[] result(long requestId, int commandCode, Object result) {
		PayloadWriter w = new PayloadWriter().u32(requestId).u8(commandCode);
		ResultCodec.write(w, commandCode, result);
		return w.toByteArray();
	}

	public static Result readResult(byte[] payload) throws MalformedPayloadException {
		return decode(payload, r -> {
			long id = r.u32();
			int code = r.u8();
			return new Result(id, code, ResultCodec.read(r, code));
		});
	}

	public static byte[] refusal(long requestId, RefusalReason reason, String message) {
		PayloadWriter w = new PayloadWriter().u32(requestId);
		WireCodes.REFUSAL_REASON.write(w, reason);
		return w.str(message).toByteArray();
	}

	public static Refusal readRefusal(byte[] payload) throws MalformedPayloadException {
		return decode(payload, r -> new Refusal(r.u32(), WireCodes.REFUSAL_REASON.read(r), r.str()));
	}

	public static byte[] event(PbxEvent event) {
		PayloadWriter w = new PayloadWriter();
		EventCodec.write(w, event);
		return w.toByteArray();
	}

	public static PbxEvent readEvent(byte[] payload) throws MalformedPayloadException {
		return decode(payload, EventCodec::read);
	}

	private static <T> T decode(byte[] payload, PayloadReader.Item<T> item) throws MalformedPayloadException {
		try {
			return item.read(new PayloadReader(payload));
		} catch (IllegalArgumentException | NullPointerException | IllegalStateException e) {
			// a record's own check refused a decoded value (a blank device, a level of 20, ...)
			throw new MalformedPayloadException("Invalid value: " + e.getMessage(), e);
		}
	}
}
