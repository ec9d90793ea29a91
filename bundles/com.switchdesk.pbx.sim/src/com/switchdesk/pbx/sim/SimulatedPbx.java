package com.switchdesk.pbx.sim;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

import com.switchdesk.pbx.ConnectionStatus;
import com.switchdesk.pbx.PbxConnector;
import com.switchdesk.pbx.Scheduler;
import com.switchdesk.pbx.command.PbxCommand;
import com.switchdesk.pbx.model.PbxSnapshot;
import com.switchdesk.pbx.sim.internal.Core;
import com.switchdesk.pbx.sim.internal.EventBus;
import com.switchdesk.pbx.sim.internal.LocalConnector;
import com.switchdesk.pbx.sim.internal.PbxThread;
import com.switchdesk.pbx.sim.internal.ScenarioScript;
import com.switchdesk.pbx.sim.internal.TrafficGenerator;

/**
 * A simulated exchange. See the package documentation for threading and time.
 * <p>
 * The scenario methods act as the people at the phones; they run on the PBX thread and wait for
 * it, and throw {@link com.switchdesk.pbx.PbxRefusedException} when the PBX refuses (e.g. dialing a
 * busy extension) or {@link IllegalArgumentException}/{@link IllegalStateException} when the action
 * makes no sense (answering a phone that does not ring).
 */
public final class SimulatedPbx implements LocalConnector.Host {

	/** How long a simulated restart keeps the PBX unreachable. */
	public static final Duration RESTART_TIME = Duration.ofSeconds(2);

	private final SimConfig config;
	private final PbxThread thread;
	private final EventBus events = new EventBus();
	private final Core core;
	private final TrafficGenerator traffic;
	private final List<LocalConnector> connectors = new CopyOnWriteArrayList<>();
	private volatile boolean restarting;

	public SimulatedPbx(SimConfig config, Scheduler scheduler) {
		this.config = Objects.requireNonNull(config);
		this.thread = new PbxThread(scheduler);
		this.core = thread.call(() -> new Core(config, thread, events));
		this.traffic = new TrafficGenerator(thread, () -> core, 20261125L);
	}

	public SimConfig config() {
		return config;
	}

	/** A new in-process connector to this exchange (unstarted). */
	public PbxConnector connect() {
		LocalConnector connector = new LocalConnector(this);
		connectors.add(connector);
		return connector;
	}

	// ---- scenario: the people at the phones ----

	public void liftHandset(String extension) {
		thread.run(() -> core.phones().liftHandset(extension));
	}

	public void replaceHandset(String extension) {
		thread.run(() -> core.phones().replaceHandset(extension));
	}

	/** An extension dials; returns the new call's id. */
	public String dial(String from, String to) {
		return thread.call(() -> core.phones().dial(from, to));
	}

	/** An outside caller dials in (e.g. the company pilot {@link DemoConfigs#COMPANY_PILOT}); returns the call id. */
	public String callFromOutside(String caller, String dialed) {
		return thread.call(() -> core.phones().callFromOutside(caller, dialed));
	}

	/** The ringing phone of an extension or an outside number answers. */
	public void answer(String number) {
		thread.run(() -> core.phones().answer(number));
	}

	/** An extension or outside number hangs up its most recent call. */
	public void hangUp(String number) {
		thread.run(() -> core.phones().hangUp(number));
	}

	public void setOutOfService(String extension, boolean broken) {
		thread.run(() -> core.phones().setOutOfService(extension, broken));
	}

	/** Generated traffic at {@code callsPerMinute}; 0 stops it. */
	public void generateTraffic(double callsPerMinute) {
		thread.run(() -> traffic.start(callsPerMinute));
	}

	/** Plays a scenario script (see {@link ScenarioScript}); throws on a malformed script, naming the line. */
	public void play(String script) {
		ScenarioScript parsed = ScenarioScript.parse(script);
		thread.run(() -> parsed.play(thread, core.phones()));
	}

	/**
	 * Restarts the PBX: every connector goes {@code RECONNECTING}, every call and binding is lost,
	 * and after {@link #RESTART_TIME} the connectors come back with a fresh snapshot.
	 */
	public void restart() {
		thread.run(() -> {
			restarting = true;
			ConnectionStatus down = ConnectionStatus.reconnecting("The PBX is restarting",
					thread.now().plus(RESTART_TIME));
			connectors.forEach(c -> c.goDown(down));
			core.restart();
			thread.schedule(RESTART_TIME, () -> {
				restarting = false;
				connectors.forEach(LocalConnector::goOnline);
			});
		});
	}

	// ---- inspection ----

	public PbxSnapshot snapshot() {
		return thread.call(core::snapshot);
	}

	/** The DTMF digits an outside number has received (post-dial), in order. */
	public String receivedDigits(String outsideNumber) {
		return thread.call(() -> core.receivedDigits(outsideNumber));
	}

	// ---- LocalConnector.Host ----

	@Override
	public PbxThread thread() {
		return thread;
	}

	@Override
	public EventBus events() {
		return events;
	}

	@Override
	public Object execute(PbxCommand<?> command) {
		return core.execute(command);
	}

	@Override
	public String description() {
		return config.info().describe();
	}

	boolean isRestarting() {
		return restarting;
	}
}
