package com.switchdesk.callcontrol;

import java.util.List;
import java.util.Objects;

/**
 * The console refused an action because the operator's state does not allow it; nothing was sent
 * to the PBX. The UI translates the {@link Problem} (with its arguments) for the operator.
 */
public class ActionRefusedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/** Why the console refused. */
	public enum Problem {
		/** The PBX is not connected. */
		NOT_CONNECTED,
		/** No operator is logged in at this console. */
		NOT_LOGGED_IN,
		/** The operator phone is not bound (args: position). */
		NOT_BOUND,
		/** The console is locked while the operator is offline. */
		OFFLINE,
		/** The action needs a call in progress. */
		NO_CALL,
		/** Nothing to answer: no call rings or waits. */
		NOTHING_TO_ANSWER,
		/** Recall needs a transfer whose third party still rings or talks. */
		NOTHING_TO_RECALL,
		/** Three-way needs an answered consultation call. */
		NO_THIRD_PARTY,
		/** A number is needed (args: what for). */
		NUMBER_NEEDED,
		/** The number is malformed (args: number). */
		INVALID_NUMBER,
		/** No such call in the queue or hold list (args: call id). */
		NO_SUCH_CALL,
		/** The operator already talks; hold first (args: none). */
		BUSY
	}

	private final Problem problem;
	private final List<String> arguments;

	public ActionRefusedException(Problem problem, String... arguments) {
		super(problem + (arguments.length == 0 ? "" : " " + List.of(arguments)));
		this.problem = Objects.requireNonNull(problem);
		this.arguments = List.of(arguments);
	}

	public Problem problem() {
		return problem;
	}

	public List<String> arguments() {
		return arguments;
	}
}
