package com.switchdesk.callcontrol;

import java.time.Instant;
import java.util.Objects;

/**
 * A row of the queue and hold list (呼入等待 / 通话保留, seed figure 30).
 *
 * @param sequence  the row number shown (序号), from 1
 * @param callId    the PBX call id
 * @param external  outside caller (外线) or extension (内线)
 * @param number    the caller's number (待接号码)
 * @param info      the customer's or user's name (信息), "" when unknown
 * @param state     waiting, manual hold or auto hold
 * @param since     when it started waiting or was held
 * @param ringtone  the customer's ringtone id, "" for the default (internal callers: ringtone 0)
 */
public record QueueEntry(int sequence, String callId, boolean external, String number, String info, State state,
		Instant since, String ringtone) {

	public enum State {
		/** Rings or waits to be answered (等待). */
		WAITING,
		/** Put on hold with the Hold key; comes back only when retrieved (手动保留). */
		MANUAL_HOLD,
		/** Held because another call was answered; comes back by itself (自动保留). */
		AUTO_HOLD,
		/** In a park slot. */
		PARKED
	}

	public QueueEntry {
		Objects.requireNonNull(callId);
		Objects.requireNonNull(number);
		Objects.requireNonNull(info);
		Objects.requireNonNull(state);
		Objects.requireNonNull(since);
		Objects.requireNonNull(ringtone);
	}
}
