package com.switchdesk.pbx.serial.internal.codec;

import com.switchdesk.pbx.command.*;

/**
 * Every SPI command as a one-byte code and its fields in record order (docs/protocol.md section 8.1).
 * The switch over the sealed {@link PbxCommand} makes a new SPI command a compile error here.
 */
public final class CommandCodec {

	public static final int MAKE_CALL = 0x01;
	public static final int ANSWER_CALL = 0x02;
	public static final int CLEAR_CONNECTION = 0x03;
	public static final int HOLD_CALL = 0x04;
	public static final int RETRIEVE_CALL = 0x05;
	public static final int HOOKFLASH = 0x06;
	public static final int CONSULTATION_CALL = 0x07;
	public static final int RECONNECT_CALL = 0x08;
	public static final int TRANSFER_CALL = 0x09;
	public static final int CONFERENCE_CALL = 0x0A;
	public static final int DEFLECT_CALL = 0x0B;
	public static final int PICKUP_CALL = 0x0C;
	public static final int INTRUDE = 0x0D;
	public static final int FORCE_RELEASE = 0x0E;
	public static final int PARK_CALL = 0x0F;
	public static final int UNPARK_CALL = 0x10;
	public static final int SEND_DIGITS = 0x11;
	public static final int BIND_OPERATOR_PHONE = 0x12;
	public static final int UNBIND_OPERATOR_PHONE = 0x13;
	public static final int SET_OPERATOR_ONLINE = 0x14;
	public static final int SET_NIGHT_SERVICE = 0x15;
	public static final int SET_OPERATOR_FORWARDING = 0x16;
	public static final int SET_GROUP_MEMBER = 0x17;
	public static final int READ_EXTENSION_SERVICES = 0x18;
	public static final int WRITE_EXTENSION_SERVICES = 0x19;
	public static final int SET_OFFICE_EXTENSION = 0x1A;
	public static final int SET_EXTENSION_NAME = 0x1B;
	public static final int READ_WAKE_UP_ORDERS = 0x1C;
	public static final int WRITE_WAKE_UP_ORDER = 0x1D;
	public static final int DELETE_WAKE_UP_ORDER = 0x1E;
	public static final int READ_WAKE_UP_LOG = 0x1F;
	public static final int READ_PENDING_WAKE_UPS = 0x20;
	public static final int READ_SNAPSHOT = 0x21;

	private CommandCodec() {
	}

	public static int code(PbxCommand<?> command) {
		return switch (command) {
		case MakeCall c -> MAKE_CALL;
		case AnswerCall c -> ANSWER_CALL;
		case ClearConnection c -> CLEAR_CONNECTION;
		case HoldCall c -> HOLD_CALL;
		case RetrieveCall c -> RETRIEVE_CALL;
		case Hookflash c -> HOOKFLASH;
		case ConsultationCall c -> CONSULTATION_CALL;
		case ReconnectCall c -> RECONNECT_CALL;
		case TransferCall c -> TRANSFER_CALL;
		case ConferenceCall c -> CONFERENCE_CALL;
		case DeflectCall c -> DEFLECT_CALL;
		case PickupCall c -> PICKUP_CALL;
		case Intrude c -> INTRUDE;
		case ForceRelease c -> FORCE_RELEASE;
		case ParkCall c -> PARK_CALL;
		case UnparkCall c -> UNPARK_CALL;
		case SendDigits c -> SEND_DIGITS;
		case BindOperatorPhone c -> BIND_OPERATOR_PHONE;
		case UnbindOperatorPhone c -> UNBIND_OPERATOR_PHONE;
		case SetOperatorOnline c -> SET_OPERATOR_ONLINE;
		case SetNightService c -> SET_NIGHT_SERVICE;
		case SetOperatorForwarding c -> SET_OPERATOR_FORWARDING;
		case SetGroupMember c -> SET_GROUP_MEMBER;
		case ReadExtensionServices c -> READ_EXTENSION_SERVICES;
		case WriteExtensionServices c -> WRITE_EXTENSION_SERVICES;
		case SetOfficeExtension c -> SET_OFFICE_EXTENSION;
		case SetExtensionName c -> SET_EXTENSION_NAME;
		case ReadWakeUpOrders c -> READ_WAKE_UP_ORDERS;
		case WriteWakeUpOrder c -> WRITE_WAKE_UP_ORDER;
		case DeleteWakeUpOrder c -> DELETE_WAKE_UP_ORDER;
		case ReadWakeUpLog c -> READ_WAKE_UP_LOG;
		case ReadPendingWakeUps c -> READ_PENDING_WAKE_UPS;
		case ReadSnapshot c -> READ_SNAPSHOT;
		};
	}

	/** Writes the command's code and fields. */
	public static void write(PayloadWriter w, PbxCommand<?> command) {
		w.u8(code(command));
		switch (command) {
		case MakeCall c -> w.str(c.from()).str(c.to());
		case AnswerCall c -> w.str(c.device()).str(c.callId());
		case ClearConnection c -> w.str(c.device()).str(c.callId());
		case HoldCall c -> w.str(c.device()).str(c.callId());
		case RetrieveCall c -> w.str(c.device()).str(c.callId());
		case Hookflash c -> w.str(c.device()).str(c.callId());
		case ConsultationCall c -> w.str(c.device()).str(c.heldCallId()).str(c.to());
		case ReconnectCall c -> w.str(c.device()).str(c.heldCallId()).str(c.consultationCallId());
		case TransferCall c -> w.str(c.device()).str(c.heldCallId()).str(c.consultationCallId());
		case ConferenceCall c -> w.str(c.device()).str(c.heldCallId()).str(c.consultationCallId());
		case DeflectCall c -> w.str(c.device()).str(c.callId()).str(c.to());
		case PickupCall c -> w.str(c.device()).str(c.target());
		case Intrude c -> w.str(c.device()).str(c.target());
		case ForceRelease c -> w.str(c.device()).str(c.target());
		case ParkCall c -> w.str(c.device()).str(c.callId());
		case UnparkCall c -> w.str(c.device()).str(c.slot());
		case SendDigits c -> w.str(c.device()).str(c.callId()).str(c.digits());
		case BindOperatorPhone c -> w.str(c.operator());
		case UnbindOperatorPhone c -> w.str(c.operator());
		case SetOperatorOnline c -> w.str(c.operator()).bool(c.online());
		case SetNightService c -> w.bool(c.night());
		case SetOperatorForwarding c -> w.str(c.operator()).optional(c.forwarding(), ModelCodec::write);
		case SetGroupMember c -> w.i32(c.group()).bool(c.night()).i32(c.slot()).str(c.member());
		case ReadExtensionServices c -> w.str(c.extension());
		case WriteExtensionServices c -> ModelCodec.write(w, c.services());
		case SetOfficeExtension c -> w.str(c.extension()).bool(c.office());
		case SetExtensionName c -> w.str(c.extension()).str(c.userName());
		case ReadWakeUpOrders c -> {
		}
		case WriteWakeUpOrder c -> ModelCodec.write(w, c.order());
		case DeleteWakeUpOrder c -> w.str(c.extension());
		case ReadWakeUpLog c -> {
		}
		case ReadPendingWakeUps c -> {
		}
		case ReadSnapshot c -> {
		}
		}
	}

	/** Reads a code and the command's fields. */
	public static PbxCommand<?> read(PayloadReader r) throws MalformedPayloadException {
		int code = r.u8();
		return switch (code) {
		case MAKE_CALL -> new MakeCall(r.str(), r.str());
		case ANSWER_CALL -> new AnswerCall(r.str(), r.str());
		case CLEAR_CONNECTION -> new ClearConnection(r.str(), r.str());
		case HOLD_CALL -> new HoldCall(r.str(), r.str());
		case RETRIEVE_CALL -> new RetrieveCall(r.str(), r.str());
		case HOOKFLASH -> new Hookflash(r.str(), r.str());
		case CONSULTATION_CALL -> new ConsultationCall(r.str(), r.str(), r.str());
		case RECONNECT_CALL -> new ReconnectCall(r.str(), r.str(), r.str());
		case TRANSFER_CALL -> new TransferCall(r.str(), r.str(), r.str());
		case CONFERENCE_CALL -> new ConferenceCall(r.str(), r.str(), r.str());
		case DEFLECT_CALL -> new DeflectCall(r.str(), r.str(), r.str());
		case PICKUP_CALL -> new PickupCall(r.str(), r.str());
		case INTRUDE -> new Intrude(r.str(), r.str());
		case FORCE_RELEASE -> new ForceRelease(r.str(), r.str());
		case PARK_CALL -> new ParkCall(r.str(), r.str());
		case UNPARK_CALL -> new UnparkCall(r.str(), r.str());
		case SEND_DIGITS -> new SendDigits(r.str(), r.str(), r.str());
		case BIND_OPERATOR_PHONE -> new BindOperatorPhone(r.str());
		case UNBIND_OPERATOR_PHONE -> new UnbindOperatorPhone(r.str());
		case SET_OPERATOR_ONLINE -> new SetOperatorOnline(r.str(), r.bool());
		case SET_NIGHT_SERVICE -> new SetNightService(r.bool());
		case SET_OPERATOR_FORWARDING -> new SetOperatorForwarding(r.str(), r.optional(ModelCodec::readForwarding));
		case SET_GROUP_MEMBER -> new SetGroupMember(r.i32(), r.bool(), r.i32(), r.str());
		case READ_EXTENSION_SERVICES -> new ReadExtensionServices(r.str());
		case WRITE_EXTENSION_SERVICES -> new WriteExtensionServices(ModelCodec.readServices(r));
		case SET_OFFICE_EXTENSION -> new SetOfficeExtension(r.str(), r.bool());
		case SET_EXTENSION_NAME -> new SetExtensionName(r.str(), r.str());
		case READ_WAKE_UP_ORDERS -> new ReadWakeUpOrders();
		case WRITE_WAKE_UP_ORDER -> new WriteWakeUpOrder(ModelCodec.readWakeUpOrder(r));
		case DELETE_WAKE_UP_ORDER -> new DeleteWakeUpOrder(r.str());
		case READ_WAKE_UP_LOG -> new ReadWakeUpLog();
		case READ_PENDING_WAKE_UPS -> new ReadPendingWakeUps();
		case READ_SNAPSHOT -> new ReadSnapshot();
		default -> throw new UnknownCodeException("command", code);
		};
	}
}
