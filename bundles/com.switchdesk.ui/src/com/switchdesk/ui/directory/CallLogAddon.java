package com.switchdesk.ui.directory;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;

import com.switchdesk.callcontrol.ConsoleState;
import com.switchdesk.callcontrol.OperatorConsole;
import com.switchdesk.model.CallRecord;
import com.switchdesk.store.CallLogService;
import com.switchdesk.store.OperatorSession;

/**
 * Writes every call the console handled to the call log (F10), as an e4 add-on: a {@link CallTracker} follows
 * the console's states on the call-control thread (cheap, in memory); finished calls are written on a thread of
 * their own with the session of whoever is logged in, and announced on {@link CallLogTopics#RECORDED}. A call
 * that cannot be written is announced on {@link CallLogTopics#FAILED}, so the call log view can say so.
 */
public class CallLogAddon {

	private static final Logger LOG = Logger.getLogger(CallLogAddon.class.getName());

	@Inject
	private IEventBroker events;
	@Inject
	@Optional
	private CallLogService log;

	private final CallTracker tracker = new CallTracker(Clock.systemUTC());
	private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
		Thread t = new Thread(r, "switchdesk-call-log");
		t.setDaemon(true);
		return t;
	});
	private final OperatorConsole.Listener listener = new OperatorConsole.Listener() {
		@Override
		public void stateChanged(ConsoleState state) {
			List<CallRecord> ended;
			synchronized (tracker) {
				ended = tracker.update(state);
			}
			ended.forEach(call -> writer.execute(() -> write(call)));
		}
	};
	private volatile OperatorSession session;
	private OperatorConsole console;

	@Inject
	void session(@Optional OperatorSession newSession) {
		session = newSession;
	}

	@Inject
	synchronized void console(@Optional OperatorConsole newConsole) {
		if (console != null) {
			console.removeListener(listener);
		}
		console = newConsole;
		if (console != null) {
			console.addListener(listener);
		}
	}

	private void write(CallRecord call) {
		OperatorSession who = session;
		CallLogService calls = log;
		if (who == null || calls == null) {
			LOG.info(() -> "Call not logged (" + (who == null ? "nobody logged in" : "no call log service") + "): "
					+ call.getCallerNumber() + " -> " + call.getCalledNumber());
			return;
		}
		try {
			events.post(CallLogTopics.RECORDED, calls.record(who, call));
		} catch (RuntimeException e) {
			LOG.log(Level.WARNING, "Could not log a call", e);
			events.post(CallLogTopics.FAILED, Failures.text(e));
		}
	}

	@PreDestroy
	synchronized void stop() {
		if (console != null) {
			console.removeListener(listener);
		}
		writer.shutdown();
	}
}
