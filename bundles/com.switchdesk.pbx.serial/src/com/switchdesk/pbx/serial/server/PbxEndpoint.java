package com.switchdesk.pbx.serial.server;

import java.util.Objects;
import java.util.concurrent.CompletionStage;

import com.switchdesk.pbx.PbxConnector;
import com.switchdesk.pbx.Scheduler;
import com.switchdesk.pbx.serial.LinkTimings;
import com.switchdesk.pbx.serial.TransportFactory;
import com.switchdesk.pbx.serial.internal.server.EndpointSession;

/**
 * The PBX end of the serial protocol: makes any {@link PbxConnector} (for example the embedded
 * simulator's in-process connector) reachable over a serial port or pseudo-terminal, exactly as a
 * real PBX would be. It answers the console's HELLO, runs the console's commands on the served
 * connector and sends back results and refusals, forwards the served connector's events, serves
 * snapshots for resynchronisation, and sends heartbeats. When the port is lost it reopens it with
 * capped exponential back-off.
 * <p>
 * When the served connector goes down or replaces its whole state (a simulated PBX restart), the
 * endpoint behaves like a rebooting PBX: it drops the console's session, takes a new boot id and
 * announces itself, so the console resynchronises with a fresh snapshot.
 * <p>
 * Threading: all work runs on the given scheduler; the methods here return at once and may be
 * called from any thread. The endpoint adds a listener to the served connector but does not start or
 * close it: that is the caller's business.
 */
public final class PbxEndpoint implements AutoCloseable {

	private final EndpointSession session;

	/** An endpoint with the protocol's standard timings. */
	public PbxEndpoint(PbxConnector served, TransportFactory port, Scheduler scheduler) {
		this(served, port, scheduler, LinkTimings.defaults());
	}

	/**
	 * @param served    the PBX to serve; must be started by the caller
	 * @param port      where consoles connect, e.g. {@link TransportFactory#serialPort}
	 * @param scheduler the endpoint's thread and clock
	 * @param timings   heartbeat, retransmission and back-off times (tests shorten them)
	 */
	public PbxEndpoint(PbxConnector served, TransportFactory port, Scheduler scheduler, LinkTimings timings) {
		this.session = new EndpointSession(Objects.requireNonNull(served), Objects.requireNonNull(port),
				Objects.requireNonNull(scheduler), Objects.requireNonNull(timings));
	}

	/** Opens the port in the background and starts serving. Call once. */
	public void start() {
		session.start();
	}

	/** Whether a console has a session right now. */
	public boolean consoleAttached() {
		return session.consoleAttached();
	}

	/** What the endpoint is doing, for a log or a terminal, e.g. "Serving on /dev/pts/3 9600 8N1, ...". */
	public String status() {
		return session.status();
	}

	/**
	 * Completes when the endpoint stops for good: with "Closed" after {@link #close()}, or with the
	 * reason when the port cannot be used at all (e.g. it is not a serial port).
	 */
	public CompletionStage<String> stopped() {
		return session.stopped();
	}

	/** Closes the port and stops serving; the served connector is left alone. Idempotent. */
	@Override
	public void close() {
		session.close();
	}
}
