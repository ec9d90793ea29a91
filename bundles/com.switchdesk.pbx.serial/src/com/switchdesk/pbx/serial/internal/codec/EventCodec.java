package com.switchdesk.pbx.serial.internal.codec;

import static com.switchdesk.pbx.serial.internal.codec.WireCodes.CALL_CAUSE;

import java.util.List;

import com.switchdesk.pbx.event.*;

/**
 * Every SPI event as a one-byte code, its sequence number, then its fields (docs/protocol.md section
 * 8.4). The code and the sequence come first in every event so that a console can keep count of an
 * event whose code it does not know.
 */
public final class EventCodec {

	public static final int CONNECTION = 0x01;
	public static final int SNAPSHOT = 0x02;
	public static final int EXTENSION_CHANGED = 0x03;
	public static final int CALL_CHANGED = 0x04;
	public static final int CALL_CLEARED = 0x05;
	public static final int OPERATOR_CHANGED = 0x06;
	public static final int NIGHT_SERVICE_CHANGED = 0x07;
	public static final int GROUP_CHANGED = 0x08;
	public static final int SERVICES_CHANGED = 0x09;
	public static final int WAKE_UP_ATTEMPTED = 0x0A;
	public static final int WAKE_UP_ORDERS_CHANGED = 0x0B;

	private EventCodec() {
	}

	public static int code(PbxEvent event) {
		return switch (event) {
		case ConnectionEvent e -> CONNECTION;
		case SnapshotEvent e -> SNAPSHOT;
		case ExtensionChanged e -> EXTENSION_CHANGED;
		case CallChanged e -> CALL_CHANGED;
		case CallCleared e -> CALL_CLEARED;
		case OperatorChanged e -> OPERATOR_CHANGED;
		case NightServiceChanged e -> NIGHT_SERVICE_CHANGED;
		case GroupChanged e -> GROUP_CHANGED;
		case ServicesChanged e -> SERVICES_CHANGED;
		case WakeUpAttempted e -> WAKE_UP_ATTEMPTED;
		case WakeUpOrdersChanged e -> WAKE_UP_ORDERS_CHANGED;
		};
	}

	public static void write(PayloadWriter w, PbxEvent event) {
		w.u8(code(event)).i64(event.sequence());
		switch (event) {
		case ConnectionEvent e -> ModelCodec.write(w, e.status());
		case SnapshotEvent e -> ModelCodec.write(w, e.snapshot());
		case ExtensionChanged e -> ModelCodec.write(w, e.extension());
		case CallChanged e -> {
			ModelCodec.write(w, e.call());
			CALL_CAUSE.write(w, e.cause());
		}
		case CallCleared e -> {
			w.str(e.callId());
			CALL_CAUSE.write(w, e.cause());
		}
		case OperatorChanged e -> ModelCodec.write(w, e.operator());
		case NightServiceChanged e -> w.bool(e.night());
		case GroupChanged e -> ModelCodec.write(w, e.group());
		case ServicesChanged e -> ModelCodec.write(w, e.services());
		case WakeUpAttempted e -> ModelCodec.write(w, e.record());
		case WakeUpOrdersChanged e -> w.list(e.orders(), ModelCodec::write);
		}
	}

	/** @throws UnknownEventException for an unknown code, carrying the event's sequence number */
	public static PbxEvent read(PayloadReader r) throws MalformedPayloadException {
		int code = r.u8();
		long seq = r.i64();
		return switch (code) {
		case CONNECTION -> new ConnectionEvent(seq, ModelCodec.readStatus(r));
		case SNAPSHOT -> new SnapshotEvent(seq, ModelCodec.readSnapshot(r));
		case EXTENSION_CHANGED -> new ExtensionChanged(seq, ModelCodec.readExtension(r));
		case CALL_CHANGED -> new CallChanged(seq, ModelCodec.readCall(r), CALL_CAUSE.read(r));
		case CALL_CLEARED -> new CallCleared(seq, r.str(), CALL_CAUSE.read(r));
		case OPERATOR_CHANGED -> new OperatorChanged(seq, ModelCodec.readOperator(r));
		case NIGHT_SERVICE_CHANGED -> new NightServiceChanged(seq, r.bool());
		case GROUP_CHANGED -> new GroupChanged(seq, ModelCodec.readGroup(r));
		case SERVICES_CHANGED -> new ServicesChanged(seq, ModelCodec.readServices(r));
		case WAKE_UP_ATTEMPTED -> new WakeUpAttempted(seq, ModelCodec.readWakeUpRecord(r));
		case WAKE_UP_ORDERS_CHANGED -> new WakeUpOrdersChanged(seq, List.copyOf(r.list(ModelCodec::readWakeUpOrder)));
		default -> throw new UnknownEventException(code, seq);
		};
	}

	/** An event code this side does not know; its sequence number was still readable. */
	public static final class UnknownEventException extends UnknownCodeException {

		private static final long serialVersionUID = 1L;

		private final long sequence;

		UnknownEventException(int code, long sequence) {
			super("event", code);
			this.sequence = sequence;
		}

		public long sequence() {
			return sequence;
		}
	}
}
