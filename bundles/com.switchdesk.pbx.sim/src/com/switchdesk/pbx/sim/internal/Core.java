package com.switchdesk.pbx.sim.internal;

import java.util.List;

import com.switchdesk.pbx.command.PbxCommand;
import com.switchdesk.pbx.model.PartyState;
import com.switchdesk.pbx.model.PbxSnapshot;
import com.switchdesk.pbx.sim.SimConfig;

/** The parts of one exchange, wired together. Only the PBX thread uses it. */
public final class Core {

	final Exchange exchange;
	final CallFlows calls;
	final OperatorServices operator;
	final ConsoleFunctions console;
	final WakeUps wakeUps;
	final Phones phones;
	private final CommandDispatcher dispatcher;

	public Core(SimConfig config, PbxThread thread, EventBus events) {
		exchange = new Exchange(config, thread, events);
		calls = new CallFlows(exchange);
		operator = new OperatorServices(exchange, calls);
		console = new ConsoleFunctions(exchange, calls);
		wakeUps = new WakeUps(exchange, calls);
		phones = new Phones(exchange, calls);
		dispatcher = new CommandDispatcher(exchange, calls, operator, console, wakeUps);
	}

	public Object execute(PbxCommand<?> command) {
		return dispatcher.execute(command);
	}

	public PbxSnapshot snapshot() {
		return exchange.snapshot();
	}

	public Phones phones() {
		return phones;
	}

	public String receivedDigits(String external) {
		StringBuilder digits = calls.receivedDigits.get(external);
		return digits == null ? "" : digits.toString();
	}

	/** A restart loses every call and every binding; configuration, names and wake-up orders stay. */
	public void restart() {
		for (SimCall call : List.copyOf(exchange.calls.values())) {
			call.cancelTimer();
		}
		exchange.calls.clear();
		for (SimExtension e : exchange.extensions.values()) {
			e.bound = false;
			e.lamp = exchange.lampOf(e);
		}
	}

	public List<String> extensionNumbers() {
		return List.copyOf(exchange.extensions.keySet());
	}

	public boolean isIdle(String number) {
		return !exchange.hasCalls(number);
	}

	public boolean isRinging(String number) {
		return exchange.callsOf(number).stream().anyMatch(c -> c.party(number)
				.map(p -> p.state == PartyState.ALERTING).orElse(false));
	}
}
