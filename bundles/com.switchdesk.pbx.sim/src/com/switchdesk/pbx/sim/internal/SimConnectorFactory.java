package com.switchdesk.pbx.sim.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletionStage;

import org.osgi.service.component.annotations.Component;

import com.switchdesk.pbx.ConnectionStatus;
import com.switchdesk.pbx.ConnectorSettings;
import com.switchdesk.pbx.PbxConnector;
import com.switchdesk.pbx.PbxConnectorFactory;
import com.switchdesk.pbx.PbxListener;
import com.switchdesk.pbx.Schedulers;
import com.switchdesk.pbx.Schedulers.ClosableScheduler;
import com.switchdesk.pbx.command.PbxCommand;
import com.switchdesk.pbx.sim.DemoConfigs;
import com.switchdesk.pbx.sim.SimConfig;
import com.switchdesk.pbx.sim.SimulatedPbx;
import com.switchdesk.pbx.sim.SimulatorConnector;

/**
 * Creates the embedded simulator, the default PBX. Settings:
 * <ul>
 * <li>{@code sim.extensions}: a large exchange of that many extensions (benchmarks); default the demo hotel</li>
 * <li>{@code sim.trafficPerMinute}: generated calls per minute; default 0</li>
 * <li>{@code sim.script}: a scenario script file to play on start</li>
 * <li>{@code sim.park}: {@code false} for a PBX model without system park</li>
 * <li>{@code sim.handsetLifted}: {@code false} to start with the operator phone on-hook; by default
 * it is off-hook (on hands-free), as the seed manual asks before binding</li>
 * </ul>
 */
@Component(service = PbxConnectorFactory.class, property = "connector.type=sim")
public final class SimConnectorFactory implements PbxConnectorFactory {

	@Override
	public String type() {
		return "sim";
	}

	@Override
	public String displayName() {
		return "Embedded PBX simulator";
	}

	@Override
	public PbxConnector create(ConnectorSettings settings) {
		int size = settings.getInt("sim.extensions", 0);
		SimConfig config = size > 0 ? DemoConfigs.large(size)
				: settings.get("sim.park").map("false"::equalsIgnoreCase).orElse(false) ? DemoConfigs.hotelWithoutPark()
						: DemoConfigs.hotel();
		String script = settings.get("sim.script").map(SimConnectorFactory::read).orElse(null);
		int traffic = settings.getInt("sim.trafficPerMinute", 0);
		boolean lifted = !settings.get("sim.handsetLifted").map("false"::equalsIgnoreCase).orElse(false);
		ClosableScheduler scheduler = Schedulers.newRealTime("pbx-simulator");
		SimulatedPbx pbx = new SimulatedPbx(config, scheduler);
		if (lifted) {
			pbx.liftHandset(DemoConfigs.OPERATOR);
		}
		return new Owned(pbx, pbx.connect(), scheduler, script, traffic);
	}

	private static String read(String file) {
		try {
			return Files.readString(Path.of(file), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new IllegalArgumentException("sim.script: cannot read " + file + ": " + e.getMessage(), e);
		}
	}

	/** The connector owns its simulator: starting it starts the scenario, closing it stops the thread. */
	private record Owned(SimulatedPbx simulator, PbxConnector connector, ClosableScheduler scheduler, String script,
			int trafficPerMinute) implements SimulatorConnector {

		@Override
		public void start() {
			connector.start();
			if (script != null) {
				simulator.play(script);
			}
			if (trafficPerMinute > 0) {
				simulator.generateTraffic(trafficPerMinute);
			}
		}

		@Override
		public ConnectionStatus status() {
			return connector.status();
		}

		@Override
		public <R> CompletionStage<R> execute(PbxCommand<R> command) {
			return connector.execute(command);
		}

		@Override
		public void addListener(PbxListener listener) {
			connector.addListener(listener);
		}

		@Override
		public void removeListener(PbxListener listener) {
			connector.removeListener(listener);
		}

		@Override
		public void close() {
			// stopping the scheduler ends generated traffic too; never wait for the PBX thread here,
			// it may already be gone when the framework shuts down
			connector.close();
			scheduler.close();
		}
	}
}
