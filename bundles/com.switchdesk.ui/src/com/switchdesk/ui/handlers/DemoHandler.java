package com.switchdesk.ui.handlers;

import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;

import com.switchdesk.callcontrol.PbxConnection;
import com.switchdesk.pbx.sim.DemoConfigs;
import com.switchdesk.pbx.sim.SimulatorConnector;

/**
 * The Demo menu, present only while the console runs on the embedded simulator: what callers and
 * the PBX do, so a demo or a training session can show every feature without a real exchange.
 */
public class DemoHandler {

	public static final String PARAMETER = "com.switchdesk.command.demo.action";

	@CanExecute
	public boolean canExecute(@Optional PbxConnection connection) {
		return connection != null && connection.connector() instanceof SimulatorConnector;
	}

	@Execute
	public void execute(@Named(PARAMETER) String action, PbxConnection connection) {
		if (!(connection.connector() instanceof SimulatorConnector sim)) {
			return;
		}
		var pbx = sim.simulator();
		try {
			switch (action) {
			case "outsideCall" -> pbx.callFromOutside("1" + (3800000000L + ThreadLocalRandom.current().nextInt(99_999_999)),
					DemoConfigs.COMPANY_PILOT);
			case "internalCall" -> pbx.dial("8006", DemoConfigs.COMPANY_PILOT);
			case "liftHandset" -> pbx.liftHandset(DemoConfigs.OPERATOR);
			case "traffic" -> pbx.generateTraffic(6);
			case "quiet" -> pbx.generateTraffic(0);
			case "restart" -> pbx.restart();
			default -> throw new IllegalArgumentException("Unknown demo action " + action);
			}
		} catch (RuntimeException e) {
			// a busy extension or a full trunk group is part of the demo: nothing to report
		}
	}
}
