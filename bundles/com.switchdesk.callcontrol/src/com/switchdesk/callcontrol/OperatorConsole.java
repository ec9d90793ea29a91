package com.switchdesk.callcontrol;

import java.util.Optional;
import java.util.concurrent.CompletionStage;

import com.switchdesk.pbx.model.Forwarding;

/**
 * The operator position's session: state and every keypad and console action (seed 3.4–3.21).
 * See the package documentation for threading and refusals.
 */
public interface OperatorConsole {

	ConsoleState state();

	/** Starts working as the operator extension {@code position} (after login). */
	CompletionStage<Void> open(String position);

	/** Ends the session (logout); the phone is unbound. */
	CompletionStage<Void> close();

	void addListener(Listener listener);

	void removeListener(Listener listener);

	/** State changes and notices, on the call-control thread; must return quickly. */
	interface Listener {
		void stateChanged(ConsoleState state);

		default void notice(ConsoleNotice notice) {
		}
	}

	// ---- the phone ----

	/** Bind (绑定): the lifted operator phone is taken over by the console. */
	CompletionStage<Void> bind();

	// ---- the keypad ----

	/**
	 * Enter / Dial-Answer: with digits typed, carries out a pending pickup/barge/force release on
	 * them, or dials them (a consultation for transfer when in a call); without digits, answers the
	 * first waiting call.
	 */
	CompletionStage<Void> enter(String digits);

	/** Click on a board tile: a pending pickup/barge/force release on it, or a call to it. */
	CompletionStage<Void> tileClicked(String extension);

	/** Answers a waiting call, or retrieves a held one; the current call is auto-held (seed 3.19). */
	CompletionStage<Void> answer(String callId);

	/** Hang up on a call that rings or waits, without answering it (the popup's Hang up). */
	CompletionStage<Void> reject(String callId);

	/** Release: hangs up; during a consultation this completes the transfer (seed 3.13). */
	CompletionStage<Void> hangUp();

	/** Hold (F3): the current call goes to the hold list as manual hold. */
	CompletionStage<Void> hold();

	/** Hookflash: the caller hears music and the operator dials a third party. */
	CompletionStage<Void> hookflash();

	/** Post-dial (+): DTMF digits into the current call. */
	CompletionStage<Void> sendDigits(String digits);

	/** System park. */
	CompletionStage<Void> park();

	/** Recall (F9): back to the caller while the third party still rings or talks. */
	CompletionStage<Void> recall();

	/** Three-way (F8): after the third party answered. */
	CompletionStage<Void> threeWay();

	/** Pickup (F10), barge-in (F11), force release (F12): on a target now, or pending when empty. */
	CompletionStage<Void> pickup(Optional<String> target);

	CompletionStage<Void> bargeIn(Optional<String> target);

	CompletionStage<Void> forceRelease(Optional<String> target);

	/** Forgets a pending key. */
	void cancelPending();

	// ---- the console functions ----

	/** Offline (坐席离线) when false, back online when true. */
	CompletionStage<Void> setOnline(boolean online);

	CompletionStage<Void> setNightService(boolean night);

	/** Operator forwarding case 1; empty cancels. */
	CompletionStage<Void> setForwarding(Optional<Forwarding> forwarding);

	/**
	 * Operator forwarding case 2: the position's slot in the intelligent operator group is given to
	 * {@code member} by day and/or night; {@link GroupSlot} says which slots.
	 */
	CompletionStage<Void> replaceGroupMember(GroupSlot slot, String member);

	/** Which slots of the intelligent operator group belong to this position (settings, seed 3.10.2). */
	record GroupSlot(int group, boolean day, int dayIndex, boolean night, int nightIndex) {
	}
}
