package com.switchdesk.ui.tests.driver;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.switchdesk.callcontrol.OperatorConsole;
import com.switchdesk.callcontrol.OperatorMode;
import com.switchdesk.callcontrol.PbxConnection;
import com.switchdesk.pbx.PbxConnector;
import com.switchdesk.pbx.command.SetGroupMember;
import com.switchdesk.pbx.command.SetNightService;
import com.switchdesk.pbx.command.SetOperatorForwarding;
import com.switchdesk.pbx.command.SetOperatorOnline;
import com.switchdesk.pbx.model.Call;
import com.switchdesk.pbx.model.Party;
import com.switchdesk.pbx.sim.DemoConfigs;
import com.switchdesk.pbx.sim.SimulatedPbx;
import com.switchdesk.pbx.sim.SimulatorConnector;

/**
 * The people at the phones of the embedded simulator the product runs on, and a way back to a
 * quiet exchange before each test.
 */
public final class Simulator {

	public static final String OPERATOR = DemoConfigs.OPERATOR;
	public static final String PILOT = DemoConfigs.COMPANY_PILOT;

	private final UiDriver ui;
	private final SimulatedPbx pbx;
	private final OperatorConsole console;

	/** Call from the test thread: it waits for the product's services. */
	public Simulator(UiDriver ui) {
		this.ui = ui;
		PbxConnection connection = Services.get(PbxConnection.class);
		ui.waitUntil("the simulator connector to be active", () -> connection.connector() instanceof SimulatorConnector);
		this.pbx = ((SimulatorConnector) connection.connector()).simulator();
		this.console = Services.get(OperatorConsole.class);
	}

	/** The simulated exchange; safe in wait conditions. */
	public SimulatedPbx pbx() {
		return pbx;
	}

	public OperatorConsole console() {
		return console;
	}

	public OperatorMode mode() {
		return console().state().mode();
	}

	/**
	 * A quiet exchange: every call hung up, day service, operator online and not forwarded, the
	 * operator group as configured, the handset lifted. The phone may be bound or not.
	 */
	public void reset() {
		SimulatedPbx pbx = pbx();
		ui.waitUntil("the console to reach the PBX", () -> mode() != OperatorMode.DISCONNECTED
				&& mode() != OperatorMode.LOGGED_OUT);
		for (int round = 0; round < 5 && !pbx.snapshot().calls().isEmpty(); round++) {
			for (Call call : pbx.snapshot().calls()) {
				for (Party p : call.parties()) {
					if (!p.number().equals(OPERATOR)) {
						pbx.hangUp(p.number());
					}
				}
			}
		}
		PbxConnector pbxLink = Services.get(PbxConnection.class).connector();
		done(pbxLink.execute(new SetNightService(false)));
		done(pbxLink.execute(new SetOperatorOnline(OPERATOR, true)));
		done(pbxLink.execute(new SetOperatorForwarding(OPERATOR, Optional.empty())));
		done(pbxLink.execute(new SetGroupMember(0, false, 0, OPERATOR)));
		done(pbxLink.execute(new SetGroupMember(0, true, 0, "8020")));
		pbx.liftHandset(OPERATOR);
		console().cancelPending();
		ui.waitUntil("no calls at the operator position", () -> console().state().queue().isEmpty()
				&& console().state().current().isEmpty());
	}

	private static void done(java.util.concurrent.CompletionStage<?> stage) {
		try {
			stage.toCompletableFuture().get(10, TimeUnit.SECONDS);
		} catch (Exception e) {
			throw new AssertionError("Resetting the simulator failed: " + e, e);
		}
	}

	/** An outside caller rings the company number; returns the call id. */
	public String outsideCall(String number) {
		return pbx().callFromOutside(number, PILOT);
	}

	public List<Call> calls() {
		return pbx().snapshot().calls();
	}
}
