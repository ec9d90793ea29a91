package com.switchdesk.pbx.serial.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import com.switchdesk.pbx.PbxRefusedException;
import com.switchdesk.pbx.RefusalReason;
import com.switchdesk.pbx.Scheduler;
import com.switchdesk.pbx.Scheduler.Cancellable;
import com.switchdesk.pbx.command.PbxCommand;

/**
 * Commands sent and not yet answered, by request id, each with its time-out. Scheduler thread only.
 */
final class PendingCommands {

	/** Where the answer goes. */
	interface Completion {
		void succeeded(Object result);

		void failed(PbxRefusedException refusal);
	}

	/** One command waiting for its answer. */
	static final class Entry {
		final long id;
		final PbxCommand<?> command;
		final Completion completion;
		Cancellable timer;

		Entry(long id, PbxCommand<?> command, Completion completion) {
			this.id = id;
			this.command = command;
			this.completion = completion;
		}

		String name() {
			return command.getClass().getSimpleName();
		}
	}

	private final Scheduler scheduler;
	private final Duration timeout;
	private final BooleanSupplier answerArriving;
	private final Map<Long, Entry> entries = new LinkedHashMap<>();
	private long lastId;

	/**
	 * @param answerArriving whether a long message is arriving right now; a time-out that falls due
	 *                       meanwhile waits another period, since the answer may be that message
	 */
	PendingCommands(Scheduler scheduler, Duration timeout, BooleanSupplier answerArriving) {
		this.scheduler = scheduler;
		this.timeout = timeout;
		this.answerArriving = answerArriving;
	}

	/** Registers a command and starts its time-out; returns its request id (1 to 2^32-1). */
	long add(PbxCommand<?> command, Completion completion) {
		lastId = lastId == 0xFFFF_FFFFL ? 1 : lastId + 1;
		Entry e = new Entry(lastId, command, completion);
		entries.put(e.id, e);
		e.timer = scheduler.schedule(timeout, () -> expire(e));
		return e.id;
	}

	/** Removes and returns the command with this id, or null when unknown (answered or timed out). */
	Entry take(long id) {
		Entry e = entries.remove(id);
		if (e != null) {
			e.timer.cancel();
		}
		return e;
	}

	/** Fails every pending command, e.g. when the link is lost. */
	void failAll(RefusalReason reason, String message) {
		List<Entry> all = new ArrayList<>(entries.values());
		entries.clear();
		for (Entry e : all) {
			e.timer.cancel();
			e.completion.failed(new PbxRefusedException(reason, message));
		}
	}

	int size() {
		return entries.size();
	}

	private void expire(Entry e) {
		if (entries.get(e.id) != e) {
			return;
		}
		if (answerArriving.getAsBoolean()) {
			e.timer = scheduler.schedule(timeout, () -> expire(e));
			return;
		}
		entries.remove(e.id);
		e.completion.failed(new PbxRefusedException(RefusalReason.TIMEOUT, "The PBX did not answer " + e.name()
				+ " within " + timeout.toMillis() / 1000.0 + " s; it may or may not have been carried out"));
	}
}
