package com.switchdesk.pbx.serial.tests.support;

import java.util.List;

import com.switchdesk.pbx.command.*;
import com.switchdesk.pbx.event.*;

/** One instance of every SPI command and event type, with random fields. */
public final class SpiCatalogue {

	private SpiCatalogue() {
	}

	public static List<PbxCommand<?>> commands(SpiSamples s) {
		return List.of(new MakeCall(s.id(), s.id()), new AnswerCall(s.id(), s.id()),
				new ClearConnection(s.id(), s.id()), new HoldCall(s.id(), s.id()), new RetrieveCall(s.id(), s.id()),
				new Hookflash(s.id(), s.id()), new ConsultationCall(s.id(), s.id(), s.id()),
				new ReconnectCall(s.id(), s.id(), s.id()), new TransferCall(s.id(), s.id(), s.id()),
				new ConferenceCall(s.id(), s.id(), s.id()), new DeflectCall(s.id(), s.id(), s.id()),
				new PickupCall(s.id(), s.id()), new Intrude(s.id(), s.id()), new ForceRelease(s.id(), s.id()),
				new ParkCall(s.id(), s.id()), new UnparkCall(s.id(), s.id()), new SendDigits(s.id(), s.id(), s.digits()),
				new BindOperatorPhone(s.id()), new UnbindOperatorPhone(s.id()), new SetOperatorOnline(s.id(), s.bool()),
				new SetNightService(s.bool()), new SetOperatorForwarding(s.id(), s.maybe(s::forwarding)),
				new SetGroupMember(s.random().nextInt(1 << 20), s.bool(), s.random().nextInt(1 << 20), s.id()),
				new ReadExtensionServices(s.id()), new WriteExtensionServices(s.services()),
				new SetOfficeExtension(s.id(), s.bool()), new SetExtensionName(s.id(), s.text()),
				new ReadWakeUpOrders(), new WriteWakeUpOrder(s.wakeUpOrder()), new DeleteWakeUpOrder(s.id()),
				new ReadWakeUpLog(), new ReadPendingWakeUps(), new ReadSnapshot());
	}

	/** A valid result for the command, of its result type ({@code null} for Void). */
	public static Object resultOf(PbxCommand<?> command, SpiSamples s) {
		return switch (command) {
		case ParkCall c -> s.text();
		case SetGroupMember c -> s.group();
		case ReadExtensionServices c -> s.services();
		case ReadWakeUpOrders c -> s.list(5, s::wakeUpOrder);
		case ReadWakeUpLog c -> s.list(5, s::wakeUpRecord);
		case ReadPendingWakeUps c -> s.list(5, s::pendingWakeUp);
		case ReadSnapshot c -> s.snapshot();
		default -> null;
		};
	}

	public static List<PbxEvent> events(SpiSamples s) {
		return List.of(new ConnectionEvent(s.sequence(), s.status()), new SnapshotEvent(s.sequence(), s.snapshot()),
				new ExtensionChanged(s.sequence(), s.extension()), new CallChanged(s.sequence(), s.call(), s.cause()),
				new CallCleared(s.sequence(), s.id(), s.cause()), new OperatorChanged(s.sequence(), s.operator()),
				new NightServiceChanged(s.sequence(), s.bool()), new GroupChanged(s.sequence(), s.group()),
				new ServicesChanged(s.sequence(), s.services()), new WakeUpAttempted(s.sequence(), s.wakeUpRecord()),
				new WakeUpOrdersChanged(s.sequence(), s.list(4, s::wakeUpOrder)));
	}
}
