package com.switchdesk.pbx.serial.internal.server;

import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.IntSupplier;

import com.switchdesk.pbx.PbxConnector;
import com.switchdesk.pbx.PbxRefusedException;
import com.switchdesk.pbx.RefusalReason;
import com.switchdesk.pbx.Scheduler;
import com.switchdesk.pbx.serial.internal.codec.CommandCodec;
import com.switchdesk.pbx.serial.internal.codec.Counters;
import com.switchdesk.pbx.serial.internal.codec.Counters.Counter;
import com.switchdesk.pbx.serial.internal.codec.FrameType;
import com.switchdesk.pbx.serial.internal.codec.MalformedPayloadException;
import com.switchdesk.pbx.serial.internal.codec.Messages;
import com.switchdesk.pbx.serial.internal.codec.UnknownCodeException;

/**
 * Turns COMMAND messages into calls of the served connector, and its answers into RESULT or REFUSAL
 * messages. An answer that arrives after the session ended is dropped: its request id belongs to a
 * console that is gone.
 */
final class CommandRunner {

	/** Sends a message in the current session, if any. */
	interface Sender {
		void send(int type, byte[] payload);
	}

	private final PbxConnector served;
	private final Scheduler scheduler;
	private final Sender sender;
	private final IntSupplier generation;
	private final Counters counters;

	CommandRunner(PbxConnector served, Scheduler scheduler, Sender sender, IntSupplier generation, Counters counters) {
		this.served = served;
		this.scheduler = scheduler;
		this.sender = sender;
		this.generation = generation;
		this.counters = counters;
	}

	void run(byte[] payload) {
		Messages.Command command;
		try {
			command = Messages.readCommand(payload);
		} catch (UnknownCodeException e) {
			refuse(payload, RefusalReason.NOT_SUPPORTED, "This PBX does not know " + e.getMessage().toLowerCase());
			return;
		} catch (MalformedPayloadException e) {
			refuse(payload, RefusalReason.INVALID_ARGUMENT, "The command could not be read: " + e.getMessage());
			return;
		}
		long id = command.requestId();
		int code = CommandCodec.code(command.command());
		int session = generation.getAsInt();
		served.execute(command.command()).whenComplete((result, failure) -> {
			try {
				scheduler.execute(() -> {
					if (session == generation.getAsInt()) {
						answer(id, code, result, failure);
					}
				});
			} catch (RejectedExecutionException e) {
				// the endpoint is closed
			}
		});
	}

	private void answer(long id, int code, Object result, Throwable failure) {
		if (failure == null) {
			byte[] payload;
			try {
				payload = Messages.result(id, code, result);
			} catch (RuntimeException e) {
				sender.send(FrameType.REFUSAL, Messages.refusal(id, RefusalReason.INVALID_STATE,
						"The PBX's answer cannot be sent: " + e.getMessage()));
				return;
			}
			sender.send(FrameType.RESULT, payload);
			return;
		}
		Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
		if (cause instanceof PbxRefusedException refused) {
			sender.send(FrameType.REFUSAL, Messages.refusal(id, refused.reason(), String.valueOf(refused.getMessage())));
		} else {
			sender.send(FrameType.REFUSAL, Messages.refusal(id, RefusalReason.INVALID_STATE,
					"The PBX failed: " + cause));
		}
	}

	private void refuse(byte[] payload, RefusalReason reason, String message) {
		counters.count(Counter.MALFORMED_MESSAGES);
		Messages.requestId(payload).ifPresent(id -> sender.send(FrameType.REFUSAL, Messages.refusal(id, reason, message)));
	}
}
