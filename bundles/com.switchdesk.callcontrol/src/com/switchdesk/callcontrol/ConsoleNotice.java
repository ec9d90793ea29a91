package com.switchdesk.callcontrol;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Something the operator must see that is not part of the state: why an action was refused, that
 * the binding was lost, that an auto-held call came back, that a call rings.
 *
 * @param time    when
 * @param kind    what kind of notice
 * @param error   the refusal ({@link ActionRefusedException} or {@link com.switchdesk.pbx.PbxRefusedException})
 *                for {@link Kind#REFUSED}
 * @param subject the call id concerned, or ""
 */
public record ConsoleNotice(Instant time, Kind kind, Optional<RuntimeException> error, String subject) {

	public enum Kind {
		/** An action was refused; see the error. */
		REFUSED,
		/** The PBX restarted or the operator phone went on-hook: bind again. */
		BINDING_LOST,
		/** An auto-held call came back by itself after the current call ended. */
		AUTO_RETURNED,
		/** A new call rings or waits at the operator position; the subject is its call id. */
		INCOMING_CALL
	}

	public ConsoleNotice {
		Objects.requireNonNull(time);
		Objects.requireNonNull(kind);
		Objects.requireNonNull(error);
		Objects.requireNonNull(subject);
	}

	public static ConsoleNotice refused(Instant time, RuntimeException error) {
		return new ConsoleNotice(time, Kind.REFUSED, Optional.of(error), "");
	}

	public static ConsoleNotice of(Instant time, Kind kind, String subject) {
		return new ConsoleNotice(time, kind, Optional.empty(), subject);
	}
}
