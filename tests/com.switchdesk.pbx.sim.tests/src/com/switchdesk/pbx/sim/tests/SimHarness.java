package com.switchdesk.pbx.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Predicate;

import com.switchdesk.pbx.PbxConnector;
import com.switchdesk.pbx.PbxRefusedException;
import com.switchdesk.pbx.RefusalReason;
import com.switchdesk.pbx.command.BindOperatorPhone;
import com.switchdesk.pbx.command.PbxCommand;
import com.switchdesk.pbx.event.PbxEvent;
import com.switchdesk.pbx.model.Call;
import com.switchdesk.pbx.model.DeviceState;
import com.switchdesk.pbx.model.Extension;
import com.switchdesk.pbx.model.Party;
import com.switchdesk.pbx.model.PartyState;
import com.switchdesk.pbx.model.PbxSnapshot;
import com.switchdesk.pbx.sim.DemoConfigs;
import com.switchdesk.pbx.sim.SimConfig;
import com.switchdesk.pbx.sim.SimulatedPbx;
import com.switchdesk.pbx.testing.ManualScheduler;

/**
 * A simulated hotel on a manual clock, with one started connector whose events are recorded.
 * Commands complete before {@link #run} returns, because the manual scheduler runs due tasks at once.
 */
final class SimHarness {

	/** Monday 2026-11-23 06:00 UTC: wake-up tests start on a known weekday. */
	static final Instant T0 = Instant.parse("2026-11-23T06:00:00Z");
	static final String OP = DemoConfigs.OPERATOR;
	static final String PILOT = DemoConfigs.COMPANY_PILOT;

	final ManualScheduler clock = new ManualScheduler(T0);
	final SimulatedPbx pbx;
	final PbxConnector connector;
	final List<PbxEvent> events = new ArrayList<>();

	SimHarness() {
		this(DemoConfigs.hotel());
	}

	SimHarness(SimConfig config) {
		pbx = new SimulatedPbx(config.withZone(ZoneOffset.UTC), clock);
		connector = pbx.connect();
		connector.addListener(events::add);
		connector.start();
	}

	/** A harness whose operator phone is lifted and bound, ready to work. */
	static SimHarness withBoundOperator() {
		SimHarness h = new SimHarness();
		h.pbx.liftHandset(OP);
		h.run(new BindOperatorPhone(OP));
		return h;
	}

	/** Executes a command and returns its result, or throws the refusal. */
	<R> R run(PbxCommand<R> command) {
		CompletableFuture<R> f = connector.execute(command).toCompletableFuture();
		if (!f.isDone()) {
			throw new AssertionError(command + " did not complete on the manual scheduler");
		}
		try {
			return f.join();
		} catch (CompletionException e) {
			if (e.getCause() instanceof PbxRefusedException r) {
				throw r;
			}
			throw e;
		}
	}

	PbxRefusedException refused(RefusalReason reason, PbxCommand<?> command) {
		PbxRefusedException e = assertThrows(PbxRefusedException.class, () -> run(command));
		assertEquals(reason, e.reason(), e.getMessage());
		return e;
	}

	void advance(Duration d) {
		clock.advance(d);
	}

	PbxSnapshot snapshot() {
		return pbx.snapshot();
	}

	DeviceState lamp(String number) {
		return snapshot().extensions().stream().filter(e -> e.number().equals(number)).map(Extension::state)
				.findFirst().orElseThrow();
	}

	Call call(String id) {
		return snapshot().calls().stream().filter(c -> c.id().equals(id)).findFirst()
				.orElseThrow(() -> new AssertionError("no call " + id + " in " + snapshot().calls()));
	}

	boolean exists(String callId) {
		return snapshot().calls().stream().anyMatch(c -> c.id().equals(callId));
	}

	PartyState state(String callId, String number) {
		return call(callId).party(number).map(Party::state)
				.orElseThrow(() -> new AssertionError(number + " is not in " + call(callId)));
	}

	/** The single call in which {@code number} takes part. */
	Call callOf(String number) {
		List<Call> calls = snapshot().calls().stream().filter(c -> c.involves(number)).toList();
		assertEquals(1, calls.size(), "calls of " + number + ": " + calls);
		return calls.get(0);
	}

	<E extends PbxEvent> List<E> eventsOf(Class<E> type) {
		return events.stream().filter(type::isInstance).map(type::cast).toList();
	}

	<E extends PbxEvent> E lastEvent(Class<E> type, Predicate<E> test) {
		List<E> matching = eventsOf(type).stream().filter(test).toList();
		if (matching.isEmpty()) {
			throw new AssertionError("no " + type.getSimpleName() + " matching in " + events);
		}
		return matching.get(matching.size() - 1);
	}
}
