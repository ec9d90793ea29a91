package com.switchdesk.pbx.sim.internal;

import com.switchdesk.pbx.command.AnswerCall;
import com.switchdesk.pbx.command.BindOperatorPhone;
import com.switchdesk.pbx.command.ClearConnection;
import com.switchdesk.pbx.command.ConferenceCall;
import com.switchdesk.pbx.command.ConsultationCall;
import com.switchdesk.pbx.command.DeflectCall;
import com.switchdesk.pbx.command.DeleteWakeUpOrder;
import com.switchdesk.pbx.command.ForceRelease;
import com.switchdesk.pbx.command.HoldCall;
import com.switchdesk.pbx.command.Hookflash;
import com.switchdesk.pbx.command.Intrude;
import com.switchdesk.pbx.command.MakeCall;
import com.switchdesk.pbx.command.ParkCall;
import com.switchdesk.pbx.command.PbxCommand;
import com.switchdesk.pbx.command.PickupCall;
import com.switchdesk.pbx.command.ReadExtensionServices;
import com.switchdesk.pbx.command.ReadPendingWakeUps;
import com.switchdesk.pbx.command.ReadSnapshot;
import com.switchdesk.pbx.command.ReadWakeUpLog;
import com.switchdesk.pbx.command.ReadWakeUpOrders;
import com.switchdesk.pbx.command.ReconnectCall;
import com.switchdesk.pbx.command.RetrieveCall;
import com.switchdesk.pbx.command.SendDigits;
import com.switchdesk.pbx.command.SetExtensionName;
import com.switchdesk.pbx.command.SetGroupMember;
import com.switchdesk.pbx.command.SetNightService;
import com.switchdesk.pbx.command.SetOfficeExtension;
import com.switchdesk.pbx.command.SetOperatorForwarding;
import com.switchdesk.pbx.command.SetOperatorOnline;
import com.switchdesk.pbx.command.TransferCall;
import com.switchdesk.pbx.command.UnbindOperatorPhone;
import com.switchdesk.pbx.command.UnparkCall;
import com.switchdesk.pbx.command.WriteExtensionServices;
import com.switchdesk.pbx.command.WriteWakeUpOrder;
import com.switchdesk.pbx.event.CallCause;

/** Carries out one command on the exchange and returns its result; runs on the PBX thread. */
final class CommandDispatcher {

	private final Exchange x;
	private final CallFlows calls;
	private final OperatorServices operator;
	private final ConsoleFunctions console;
	private final WakeUps wakeUps;

	CommandDispatcher(Exchange x, CallFlows calls, OperatorServices operator, ConsoleFunctions console,
			WakeUps wakeUps) {
		this.x = x;
		this.calls = calls;
		this.operator = operator;
		this.console = console;
		this.wakeUps = wakeUps;
	}

	Object execute(PbxCommand<?> command) {
		return switch (command) {
		case MakeCall c -> done(calls.makeCall(c.from(), c.to()));
		case AnswerCall c -> done(() -> calls.answer(c.device(), x.call(c.callId())));
		case ClearConnection c -> done(() -> calls.hangUp(c.device(), x.call(c.callId())));
		case HoldCall c -> done(() -> calls.hold(c.device(), x.call(c.callId()), CallCause.HELD));
		case RetrieveCall c -> done(() -> calls.retrieve(c.device(), x.call(c.callId()), CallCause.RETRIEVED));
		case Hookflash c -> done(() -> calls.hold(c.device(), x.call(c.callId()), CallCause.HELD));
		case ConsultationCall c -> done(operator.consult(c.device(), x.call(c.heldCallId()), c.to()));
		case ReconnectCall c ->
			done(() -> operator.reconnect(c.device(), x.call(c.heldCallId()), x.call(c.consultationCallId())));
		case TransferCall c ->
			done(() -> operator.transfer(c.device(), x.call(c.heldCallId()), x.call(c.consultationCallId())));
		case ConferenceCall c ->
			done(() -> operator.conference(c.device(), x.call(c.heldCallId()), x.call(c.consultationCallId())));
		case DeflectCall c -> done(() -> operator.deflect(c.device(), x.call(c.callId()), c.to()));
		case PickupCall c -> done(operator.pickup(c.device(), c.target()));
		case Intrude c -> done(operator.intrude(c.device(), c.target()));
		case ForceRelease c -> done(() -> operator.forceRelease(c.device(), c.target()));
		case ParkCall c -> operator.park(c.device(), x.call(c.callId()));
		case UnparkCall c -> done(operator.unpark(c.device(), c.slot()));
		case SendDigits c -> done(() -> operator.sendDigits(c.device(), x.call(c.callId()), c.digits()));
		case BindOperatorPhone c -> done(() -> console.bind(c.operator()));
		case UnbindOperatorPhone c -> done(() -> console.unbind(c.operator()));
		case SetOperatorOnline c -> done(() -> console.setOnline(c.operator(), c.online()));
		case SetNightService c -> done(() -> console.setNightService(c.night()));
		case SetOperatorForwarding c -> done(() -> console.setForwarding(c.operator(), c.forwarding()));
		case SetGroupMember c -> console.setGroupMember(c.group(), c.night(), c.slot(), c.member());
		case ReadExtensionServices c -> x.extension(c.extension()).services;
		case WriteExtensionServices c -> done(() -> console.writeServices(c.services()));
		case SetOfficeExtension c -> done(() -> console.setOffice(c.extension(), c.office()));
		case SetExtensionName c -> done(() -> console.setName(c.extension(), c.userName()));
		case ReadWakeUpOrders c -> wakeUps.orders();
		case WriteWakeUpOrder c -> done(() -> wakeUps.write(c.order()));
		case DeleteWakeUpOrder c -> done(() -> wakeUps.delete(c.extension()));
		case ReadWakeUpLog c -> wakeUps.log();
		case ReadPendingWakeUps c -> wakeUps.pending();
		case ReadSnapshot c -> x.snapshot();
		};
	}

	/** Commands with no result answer null (their {@code Void}). */
	private static Object done(Runnable action) {
		action.run();
		return null;
	}

	private static Object done(SimCall ignored) {
		return null;
	}

}
