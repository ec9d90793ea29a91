package com.switchdesk.pbx.command;

/**
 * A command to the PBX with result type {@code R} ({@link Void} when there is nothing to return).
 * Commands validate their arguments when constructed and throw {@link IllegalArgumentException}.
 */
public sealed interface PbxCommand<R> permits MakeCall, AnswerCall, ClearConnection, HoldCall, RetrieveCall, Hookflash, ConsultationCall, ReconnectCall, TransferCall, ConferenceCall, DeflectCall, PickupCall, Intrude, ForceRelease, ParkCall, UnparkCall, SendDigits, BindOperatorPhone, UnbindOperatorPhone, SetOperatorOnline, SetNightService, SetOperatorForwarding, SetGroupMember, ReadExtensionServices, WriteExtensionServices, SetOfficeExtension, SetExtensionName, ReadWakeUpOrders, WriteWakeUpOrder, DeleteWakeUpOrder, ReadWakeUpLog, ReadPendingWakeUps, ReadSnapshot {
}
