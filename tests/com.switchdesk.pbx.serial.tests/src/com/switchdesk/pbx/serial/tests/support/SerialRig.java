package com.switchdesk.pbx.serial.tests.support;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;

import com.switchdesk.pbx.ConnectionState;
import com.switchdesk.pbx.command.PbxCommand;
import com.switchdesk.pbx.serial.LinkTimings;
import com.switchdesk.pbx.serial.internal.SerialConnector;
import com.switchdesk.pbx.serial.server.PbxEndpoint;
import com.switchdesk.pbx.testing.ManualScheduler;

/**
 * A console connector and a PBX endpoint serving a {@link FakePbx}, joined by a {@link MemoryPipe},
 * all on one manual clock: every test runs on its own thread, deterministically, without sleeping.
 */
public final class SerialRig implements AutoCloseable {

	public final ManualScheduler clock = new ManualScheduler(Instant.parse("2026-11-25T08:00:00Z"));
	public final MemoryPipe pipe = new MemoryPipe(clock);
	public final FakePbx pbx;
	public final EventLog log = new EventLog();
	public final LinkTimings timings = LinkTimings.defaults();
	public PbxEndpoint endpoint;
	public final SerialConnector console = new SerialConnector(pipe.a(), clock, timings, () -> {
	});

	/** A rig with the small fake PBX (operator and 9 rooms). */
	public SerialRig() {
		this(9);
	}

	/** A rig whose fake PBX has {@code rooms} rooms. */
	public SerialRig(int rooms) {
		pbx = new FakePbx(clock, rooms);
		endpoint = new PbxEndpoint(pbx, pipe.b(), clock, timings);
	}

	/** Starts the PBX, the endpoint and the console; with a manual clock they are online on return. */
	public SerialRig start() {
		pbx.start();
		endpoint.start();
		console.addListener(log);
		console.start();
		return this;
	}

	public ConnectionState state() {
		return console.status().state();
	}

	/** Runs a command and returns its result, or throws what it failed with (unwrapped). */
	public <R> R execute(PbxCommand<R> command) throws Throwable {
		CompletionStage<R> stage = console.execute(command);
		CompletableFuture<R> future = stage.toCompletableFuture();
		if (!future.isDone()) {
			throw new AssertionError(command + " did not complete at once on the manual clock");
		}
		try {
			return future.get();
		} catch (ExecutionException e) {
			throw e.getCause();
		}
	}

	/** Replaces the endpoint with a new one on the same cable: a PBX that rebooted. */
	public void rebootEndpoint() {
		endpoint.close();
		endpoint = new PbxEndpoint(pbx, pipe.b(), clock, timings);
		endpoint.start();
	}

	public void advance(Duration d) {
		clock.advance(d);
	}

	@Override
	public void close() {
		console.close();
		endpoint.close();
	}
}
