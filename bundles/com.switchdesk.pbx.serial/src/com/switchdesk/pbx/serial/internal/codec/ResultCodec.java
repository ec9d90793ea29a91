package com.switchdesk.pbx.serial.internal.codec;

import static com.switchdesk.pbx.serial.internal.codec.CommandCodec.*;

import java.util.List;

import com.switchdesk.pbx.model.ExtensionServices;
import com.switchdesk.pbx.model.OperatorGroup;
import com.switchdesk.pbx.model.PbxSnapshot;
import com.switchdesk.pbx.model.PendingWakeUp;
import com.switchdesk.pbx.model.WakeUpOrder;
import com.switchdesk.pbx.model.WakeUpRecord;

/**
 * The result of each command on the wire (docs/protocol.md section 8.2). Most commands return
 * nothing: their result body is empty and decodes to {@code null} (the SPI's {@code Void}).
 */
public final class ResultCodec {

	private ResultCodec() {
	}

	/**
	 * Writes the result of a command with {@code commandCode}.
	 *
	 * @throws ClassCastException when {@code result} is not of the command's result type
	 */
	@SuppressWarnings("unchecked")
	public static void write(PayloadWriter w, int commandCode, Object result) {
		switch (commandCode) {
		case PARK_CALL -> w.str((String) result);
		case SET_GROUP_MEMBER -> ModelCodec.write(w, (OperatorGroup) result);
		case READ_EXTENSION_SERVICES -> ModelCodec.write(w, (ExtensionServices) result);
		case READ_WAKE_UP_ORDERS -> w.list((List<WakeUpOrder>) result, ModelCodec::write);
		case READ_WAKE_UP_LOG -> w.list((List<WakeUpRecord>) result, ModelCodec::write);
		case READ_PENDING_WAKE_UPS -> w.list((List<PendingWakeUp>) result, ModelCodec::write);
		case READ_SNAPSHOT -> ModelCodec.write(w, (PbxSnapshot) result);
		default -> {
			// Void: nothing to write
		}
		}
	}

	/** Reads the result of a command with {@code commandCode}; {@code null} for commands without result. */
	public static Object read(PayloadReader r, int commandCode) throws MalformedPayloadException {
		return switch (commandCode) {
		case PARK_CALL -> r.str();
		case SET_GROUP_MEMBER -> ModelCodec.readGroup(r);
		case READ_EXTENSION_SERVICES -> ModelCodec.readServices(r);
		case READ_WAKE_UP_ORDERS -> List.copyOf(r.list(ModelCodec::readWakeUpOrder));
		case READ_WAKE_UP_LOG -> List.copyOf(r.list(ModelCodec::readWakeUpRecord));
		case READ_PENDING_WAKE_UPS -> List.copyOf(r.list(ModelCodec::readPendingWakeUp));
		case READ_SNAPSHOT -> ModelCodec.readSnapshot(r);
		default -> {
			if (commandCode < MAKE_CALL || commandCode > READ_SNAPSHOT) {
				throw new UnknownCodeException("command", commandCode);
			}
			yield null;
		}
		};
	}
}
