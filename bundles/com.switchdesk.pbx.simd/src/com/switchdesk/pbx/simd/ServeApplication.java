package com.switchdesk.pbx.simd;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

import com.switchdesk.pbx.PbxConnector;
import com.switchdesk.pbx.Schedulers;
import com.switchdesk.pbx.Schedulers.ClosableScheduler;
import com.switchdesk.pbx.serial.TransportFactory;
import com.switchdesk.pbx.serial.server.PbxEndpoint;
import com.switchdesk.pbx.sim.SimConfig;
import com.switchdesk.pbx.sim.SimulatedPbx;

/**
 * The embedded simulator as its own headless process, attached to a serial port or pseudo-terminal
 * and speaking the serial protocol exactly as a real PBX does (docs/protocol.md, appendix B):
 * {@code switchdesk -application com.switchdesk.pbx.simd.serve -port /dev/pts/N}. It serves until
 * stopped (Ctrl-C, or the application being stopped), reopening the port whenever it disappears.
 */
public final class ServeApplication implements IApplication {

	private static final Integer EXIT_USAGE = 2;
	private static final Integer EXIT_PORT_UNUSABLE = 3;

	private final CompletableFuture<String> stopRequested = new CompletableFuture<>();

	@Override
	public Object start(IApplicationContext context) throws Exception {
		Object raw = context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		ServeOptions options;
		try {
			options = ServeOptions.parse(raw instanceof String[] args ? args : new String[0]);
		} catch (IllegalArgumentException e) {
			System.err.println("switchdesk: " + e.getMessage());
			System.err.println(ServeOptions.USAGE);
			return EXIT_USAGE;
		}
		context.applicationRunning();
		return serve(options);
	}

	private Object serve(ServeOptions options) throws Exception {
		ClosableScheduler pbxThread = Schedulers.newRealTime("pbx-simulator");
		ClosableScheduler lineThread = Schedulers.newRealTime("pbx-serial-endpoint");
		SimConfig config = SimConfig.demoHotel();
		SimulatedPbx pbx = new SimulatedPbx(config, pbxThread);
		PbxConnector connector = pbx.connect();
		PbxEndpoint endpoint = new PbxEndpoint(connector, TransportFactory.serialPort(options.serial()), lineThread);
		try {
			connector.start();
			if (options.trafficPerMinute() > 0) {
				pbx.generateTraffic(options.trafficPerMinute());
			}
			endpoint.start();
			System.out.println("SwitchDesk PBX simulator (" + config.info().describe() + ", demo hotel) serving on "
					+ options.serial().describe() + "; stop with Ctrl-C");
			CompletableFuture<String> portUnusable = endpoint.stopped().toCompletableFuture();
			CompletableFuture.anyOf(stopRequested, portUnusable).get();
			if (portUnusable.isDone() && !stopRequested.isDone()) {
				System.err.println("switchdesk: " + portUnusable.get());
				return EXIT_PORT_UNUSABLE;
			}
			return IApplication.EXIT_OK;
		} finally {
			endpoint.close();
			awaitQuietly(endpoint.stopped().toCompletableFuture()); // the port is closed on the endpoint's thread
			connector.close();
			lineThread.close();
			pbxThread.close();
		}
	}

	@Override
	public void stop() {
		stopRequested.complete("Stopped");
	}

	private static void awaitQuietly(CompletableFuture<String> done) throws InterruptedException {
		try {
			done.get(5, TimeUnit.SECONDS);
		} catch (TimeoutException | ExecutionException e) {
			// closing anyway: the operating system releases the port with the process
		}
	}
}
