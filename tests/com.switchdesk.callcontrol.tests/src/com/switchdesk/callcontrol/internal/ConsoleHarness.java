package com.switchdesk.callcontrol.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

import com.switchdesk.callcontrol.ActionRefusedException;
import com.switchdesk.callcontrol.ConsoleNotice;
import com.switchdesk.callcontrol.ConsoleState;
import com.switchdesk.callcontrol.OperatorConsole;
import com.switchdesk.callcontrol.OperatorMode;
import com.switchdesk.callcontrol.QueueEntry;
import com.switchdesk.pbx.ConnectorSettings;
import com.switchdesk.pbx.PbxConnector;
import com.switchdesk.pbx.PbxConnectorFactory;
import com.switchdesk.pbx.PbxRefusedException;
import com.switchdesk.pbx.RefusalReason;
import com.switchdesk.pbx.sim.DemoConfigs;
import com.switchdesk.pbx.sim.SimConfig;
import com.switchdesk.pbx.sim.SimulatedPbx;
import com.switchdesk.pbx.testing.ManualScheduler;

/**
 * Call control on the simulated hotel, all on the test thread: the simulator runs on a manual
 * clock and call control on direct executors, so every action has completed when it returns.
 */
final class ConsoleHarness {

	static final Instant T0 = Instant.parse("2026-11-23T06:00:00Z");
	static final String OP = DemoConfigs.OPERATOR;
	static final String PILOT = DemoConfigs.COMPANY_PILOT;

	final ManualScheduler clock = new ManualScheduler(T0);
	final SimulatedPbx pbx;
	final CallControl control;
	final OperatorConsole console;
	final List<ConsoleNotice> notices = new ArrayList<>();

	ConsoleHarness() {
		this(DemoConfigs.hotel());
	}

	ConsoleHarness(SimConfig config) {
		pbx = new SimulatedPbx(config.withZone(ZoneOffset.UTC), clock);
		control = new CallControl(Runnable::run, Runnable::run, Clock.fixed(T0, ZoneOffset.UTC),
				SettingsStore.inMemory(ConnectorSettings.simulator()));
		control.addFactory(new PbxConnectorFactory() {
			@Override
			public String type() {
				return "sim";
			}

			@Override
			public String displayName() {
				return "test simulator";
			}

			@Override
			public PbxConnector create(ConnectorSettings settings) {
				return pbx.connect();
			}
		});
		console = control.console();
		console.addListener(new OperatorConsole.Listener() {
			@Override
			public void stateChanged(ConsoleState state) {
				// read through state()
			}

			@Override
			public void notice(ConsoleNotice notice) {
				notices.add(notice);
			}
		});
	}

	/** Logged in at 8000 with the phone lifted and bound: where an operator's day starts. */
	static ConsoleHarness ready() {
		ConsoleHarness h = new ConsoleHarness();
		h.ok(h.console.open(OP));
		h.pbx.liftHandset(OP);
		h.ok(h.console.bind());
		assertEquals(OperatorMode.IDLE, h.mode());
		return h;
	}

	ConsoleState state() {
		return console.state();
	}

	OperatorMode mode() {
		return state().mode();
	}

	void ok(CompletionStage<Void> stage) {
		CompletableFuture<Void> f = stage.toCompletableFuture();
		assertTrue(f.isDone(), "the action did not complete");
		try {
			f.join();
		} catch (CompletionException e) {
			throw new AssertionError("the action failed: " + e.getCause(), e.getCause());
		}
	}

	ActionRefusedException refusedByConsole(ActionRefusedException.Problem problem, CompletionStage<Void> stage) {
		Throwable cause = failure(stage);
		if (!(cause instanceof ActionRefusedException refusal) || refusal.problem() != problem) {
			throw new AssertionError("expected the console to refuse with " + problem + " but got " + cause, cause);
		}
		assertTrue(notices.stream().anyMatch(n -> n.error().orElse(null) == refusal), "the refusal is announced");
		return refusal;
	}

	PbxRefusedException refusedByPbx(RefusalReason reason, CompletionStage<Void> stage) {
		Throwable cause = failure(stage);
		if (!(cause instanceof PbxRefusedException refusal) || refusal.reason() != reason) {
			throw new AssertionError("expected the PBX to refuse with " + reason + " but got " + cause, cause);
		}
		return refusal;
	}

	private static Throwable failure(CompletionStage<Void> stage) {
		CompletableFuture<Void> f = stage.toCompletableFuture();
		assertTrue(f.isCompletedExceptionally(), "the action should have been refused");
		try {
			f.join();
			throw new AssertionError("unreachable");
		} catch (CompletionException e) {
			return e.getCause();
		}
	}

	/** An outside caller rings the company number; returns the call id. */
	String outsideCall(String number) {
		return pbx.callFromOutside(number, PILOT);
	}

	/** An outside caller rings and the operator answers with Enter. */
	String answeredOutsideCall(String number) {
		String call = outsideCall(number);
		ok(console.enter(""));
		assertEquals(OperatorMode.TALKING, mode());
		return call;
	}

	QueueEntry entry(String callId) {
		return state().queue().stream().filter(e -> e.callId().equals(callId)).findFirst()
				.orElseThrow(() -> new AssertionError(callId + " is not in the queue " + state().queue()));
	}

	void advance(Duration d) {
		clock.advance(d);
	}

	boolean noticed(ConsoleNotice.Kind kind) {
		return notices.stream().anyMatch(n -> n.kind() == kind);
	}
}
