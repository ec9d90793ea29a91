package com.switchdesk.pbx.serial.internal.codec;

import com.switchdesk.pbx.ConnectionState;
import com.switchdesk.pbx.RefusalReason;
import com.switchdesk.pbx.event.CallCause;
import com.switchdesk.pbx.model.CallWaitingMode;
import com.switchdesk.pbx.model.CallerIdMode;
import com.switchdesk.pbx.model.DeviceState;
import com.switchdesk.pbx.model.ExtensionKind;
import com.switchdesk.pbx.model.GroupKind;
import com.switchdesk.pbx.model.PartyState;
import com.switchdesk.pbx.model.WakeUpCycle;
import com.switchdesk.pbx.model.WakeUpOutcome;

/**
 * The wire code of every SPI enum; the tables in docs/protocol.md section 7.3 list the same codes. A
 * constant added to the SPI later gets the next free code at the end, so existing codes never move.
 */
public final class WireCodes {

	public static final EnumCode<DeviceState> DEVICE_STATE = EnumCode.of(DeviceState.class, DeviceState.IDLE,
			DeviceState.DIALING, DeviceState.CALLING, DeviceState.RINGING, DeviceState.TALKING, DeviceState.HELD,
			DeviceState.PARKED, DeviceState.DND, DeviceState.OUT_OF_SERVICE);

	public static final EnumCode<ExtensionKind> EXTENSION_KIND = EnumCode.of(ExtensionKind.class,
			ExtensionKind.EXTENSION, ExtensionKind.OPERATOR);

	public static final EnumCode<PartyState> PARTY_STATE = EnumCode.of(PartyState.class, PartyState.INITIATED,
			PartyState.ALERTING, PartyState.QUEUED, PartyState.CONNECTED, PartyState.HELD, PartyState.PARKED,
			PartyState.FAILED, PartyState.HOLDING);

	public static final EnumCode<GroupKind> GROUP_KIND = EnumCode.of(GroupKind.class, GroupKind.HUNT,
			GroupKind.OPERATOR);

	public static final EnumCode<CallWaitingMode> CALL_WAITING_MODE = EnumCode.of(CallWaitingMode.class,
			CallWaitingMode.CALL_HOLD, CallWaitingMode.OPERATOR_MODE);

	public static final EnumCode<CallerIdMode> CALLER_ID_MODE = EnumCode.of(CallerIdMode.class, CallerIdMode.FSK,
			CallerIdMode.DTMF);

	public static final EnumCode<WakeUpCycle> WAKE_UP_CYCLE = EnumCode.of(WakeUpCycle.class, WakeUpCycle.ONCE,
			WakeUpCycle.DAILY, WakeUpCycle.WEEKDAYS, WakeUpCycle.CUSTOM);

	public static final EnumCode<WakeUpOutcome> WAKE_UP_OUTCOME = EnumCode.of(WakeUpOutcome.class,
			WakeUpOutcome.ANSWERED, WakeUpOutcome.NO_ANSWER, WakeUpOutcome.BUSY, WakeUpOutcome.FAILED);

	public static final EnumCode<CallCause> CALL_CAUSE = EnumCode.of(CallCause.class, CallCause.ORIGINATED,
			CallCause.DELIVERED, CallCause.QUEUED, CallCause.ESTABLISHED, CallCause.HELD, CallCause.RETRIEVED,
			CallCause.CONSULTATION, CallCause.RECONNECTED, CallCause.TRANSFERRED, CallCause.CONFERENCED,
			CallCause.DIVERTED, CallCause.PICKED_UP, CallCause.INTRUDED, CallCause.PARKED, CallCause.UNPARKED,
			CallCause.DIGITS_SENT, CallCause.NORMAL_CLEARING, CallCause.FORCE_RELEASED, CallCause.BUSY,
			CallCause.UNREACHABLE, CallCause.NO_ANSWER, CallCause.PBX_RESTART);

	public static final EnumCode<ConnectionState> CONNECTION_STATE = EnumCode.of(ConnectionState.class,
			ConnectionState.CONNECTING, ConnectionState.ONLINE, ConnectionState.RECONNECTING, ConnectionState.OFFLINE);

	public static final EnumCode<RefusalReason> REFUSAL_REASON = EnumCode.of(RefusalReason.class,
			RefusalReason.INVALID_STATE, RefusalReason.UNKNOWN_DEVICE, RefusalReason.NO_RIGHT,
			RefusalReason.LEVEL_TOO_LOW, RefusalReason.OFFICE_EXTENSION, RefusalReason.NOT_SUPPORTED,
			RefusalReason.BUSY, RefusalReason.NOT_BOUND, RefusalReason.INVALID_ARGUMENT, RefusalReason.OFFLINE,
			RefusalReason.TIMEOUT);

	private WireCodes() {
	}
}
