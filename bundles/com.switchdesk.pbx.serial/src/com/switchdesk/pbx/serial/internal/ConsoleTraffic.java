package com.switchdesk.pbx.serial.internal;

import java.lang.System.Logger.Level;

import com.switchdesk.pbx.PbxRefusedException;
import com.switchdesk.pbx.RefusalReason;
import com.switchdesk.pbx.Scheduler;
import com.switchdesk.pbx.command.PbxCommand;
import com.switchdesk.pbx.command.ReadSnapshot;
import com.switchdesk.pbx.event.ConnectionEvent;
import com.switchdesk.pbx.event.PbxEvent;
import com.switchdesk.pbx.model.PbxSnapshot;
import com.switchdesk.pbx.serial.LinkTimings;
import com.switchdesk.pbx.serial.internal.codec.CommandCodec;
import com.switchdesk.pbx.serial.internal.codec.Counters;
import com.switchdesk.pbx.serial.internal.codec.Counters.Counter;
import com.switchdesk.pbx.serial.internal.codec.EventCodec.UnknownEventException;
import com.switchdesk.pbx.serial.internal.codec.FrameType;
import com.switchdesk.pbx.serial.internal.codec.MalformedPayloadException;
import com.switchdesk.pbx.serial.internal.codec.Messages;
import com.switchdesk.pbx.serial.internal.link.Link;

/**
 * The messages of one console session (docs/protocol.md sections 8 and 9): sends commands, matches
 * RESULTs and REFUSALs to them, puts EVENTs in order, and asks for a snapshot whenever the order
 * cannot be trusted. Scheduler thread only.
 */
final class ConsoleTraffic implements EventSequencer.Sink {

	private static final System.Logger LOG = System.getLogger(ConsoleTraffic.class.getName());

	/** What the traffic needs from its session. */
	interface Host {
		/** The link of the current session; null between sessions. */
		Link link();

		/** A snapshot arrived: the state is in step (again). */
		void synced(PbxSnapshot snapshot);

		/** The PBX refused or did not send its snapshot. */
		void syncFailed(String reason);

		void deliver(PbxEvent event);
	}

	private final Host host;
	private final Counters counters;
	private final PendingCommands pending;
	private final EventSequencer sequencer = new EventSequencer(this);
	private long syncRequest;

	ConsoleTraffic(Scheduler scheduler, LinkTimings timings, Counters counters, Host host) {
		this.host = host;
		this.counters = counters;
		this.pending = new PendingCommands(scheduler, timings.commandTimeout(), () -> {
			Link link = host.link();
			return link != null && link.receivingMessage();
		});
	}

	/** Sends a command; its completion runs when the answer comes, or on time-out. */
	void send(PbxCommand<?> command, PendingCommands.Completion completion) {
		long id = pending.add(command, completion);
		try {
			host.link().sendMessage(FrameType.COMMAND, Messages.command(id, command));
		} catch (IllegalArgumentException e) {
			pending.take(id);
			completion.failed(new PbxRefusedException(RefusalReason.INVALID_ARGUMENT, e.getMessage()));
		}
	}

	/** Asks for a snapshot and holds events and answers back until it arrives (section 9). */
	@Override
	public void resync(String why) {
		counters.count(Counter.RESYNCS);
		LOG.log(Level.DEBUG, "Requesting a snapshot: {0}", why);
		sequencer.beginSync();
		syncRequest = pending.add(new ReadSnapshot(), new PendingCommands.Completion() {
			@Override
			public void succeeded(Object result) {
				host.synced((PbxSnapshot) result);
				sequencer.snapshot((PbxSnapshot) result);
			}

			@Override
			public void failed(PbxRefusedException refusal) {
				host.syncFailed("The PBX did not send its state: " + refusal.getMessage());
			}
		});
		host.link().sendMessage(FrameType.COMMAND, Messages.command(syncRequest, new ReadSnapshot()));
	}

	/** The session ended: fail what waits for an answer, forget the events held back. */
	void end(RefusalReason reason, String message) {
		pending.failAll(reason, message);
		sequencer.reset();
	}

	long lastSequence() {
		return sequencer.last();
	}

	void onMessage(int type, byte[] payload) {
		switch (type) {
		case FrameType.EVENT -> onEvent(payload);
		case FrameType.RESULT -> onResult(payload);
		case FrameType.REFUSAL -> onRefusal(payload);
		default -> counters.count(Counter.UNKNOWN_MESSAGES);
		}
	}

	private void onEvent(byte[] payload) {
		try {
			PbxEvent event = Messages.readEvent(payload);
			if (event instanceof ConnectionEvent) {
				counters.count(Counter.UNKNOWN_MESSAGES); // the PBX does not send these (section 8.4)
			} else {
				sequencer.event(event);
			}
		} catch (UnknownEventException e) {
			counters.count(Counter.UNKNOWN_MESSAGES);
			sequencer.unknown(e.sequence());
		} catch (MalformedPayloadException e) {
			counters.count(Counter.MALFORMED_MESSAGES);
			LOG.log(Level.WARNING, "Unreadable event from the PBX ({0}); resynchronising", e.getMessage());
			if (!sequencer.syncing()) {
				resync("an event could not be read");
			}
		}
	}

	private void onResult(byte[] payload) {
		Messages.Result result;
		try {
			result = Messages.readResult(payload);
		} catch (MalformedPayloadException e) {
			unreadableAnswer(payload, e);
			return;
		}
		PendingCommands.Entry entry = pending.take(result.requestId());
		if (entry == null) {
			return; // answered too late: the command already timed out
		}
		if (result.commandCode() != CommandCodec.code(entry.command)) {
			counters.count(Counter.MALFORMED_MESSAGES);
			entry.completion.failed(new PbxRefusedException(RefusalReason.TIMEOUT, "The PBX answered " + entry.name()
					+ " with the result of another command; it may or may not have been carried out"));
		} else {
			answer(entry, () -> entry.completion.succeeded(result.result()));
		}
	}

	private void onRefusal(byte[] payload) {
		Messages.Refusal refusal;
		try {
			refusal = Messages.readRefusal(payload);
		} catch (MalformedPayloadException e) {
			unreadableAnswer(payload, e);
			return;
		}
		PendingCommands.Entry entry = pending.take(refusal.requestId());
		if (entry != null) {
			PbxRefusedException ex = new PbxRefusedException(refusal.reason(), refusal.message());
			answer(entry, () -> entry.completion.failed(ex));
		}
	}

	/** The snapshot's answer ends the wait; any other answer completes after the events before it. */
	private void answer(PendingCommands.Entry entry, Runnable completion) {
		if (entry.id == syncRequest) {
			completion.run();
		} else {
			sequencer.afterEvents(completion);
		}
	}

	private void unreadableAnswer(byte[] payload, MalformedPayloadException e) {
		counters.count(Counter.MALFORMED_MESSAGES);
		Messages.requestId(payload).ifPresent(id -> {
			PendingCommands.Entry entry = pending.take(id);
			if (entry != null) {
				entry.completion.failed(new PbxRefusedException(RefusalReason.TIMEOUT, "The PBX's answer to "
						+ entry.name() + " could not be read (" + e.getMessage() + "); it may or may not have been carried out"));
			}
		});
	}

	@Override
	public void deliver(PbxEvent event) {
		host.deliver(event);
	}

	@Override
	public void duplicate(PbxEvent event) {
		counters.count(Counter.DUPLICATES);
	}

	@Override
	public void gap() {
		counters.count(Counter.EVENT_GAPS);
	}
}
