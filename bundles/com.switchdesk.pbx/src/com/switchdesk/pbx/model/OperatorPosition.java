package com.switchdesk.pbx.model;

import java.util.Objects;
import java.util.Optional;

/**
 * An operator position's console-related state.
 *
 * @param number        the operator extension, e.g. "8000"
 * @param handsetOffHook whether the physical phone (headset) is off-hook
 * @param bound         whether the phone is bound to the console (muted, driven by the console)
 * @param online        false while the operator is offline: calls go to the operator hunt group
 * @param forwarding    where its calls are forwarded (case 1), if anywhere
 */
public record OperatorPosition(String number, boolean handsetOffHook, boolean bound, boolean online,
		Optional<Forwarding> forwarding) {

	public OperatorPosition {
		Objects.requireNonNull(number);
		Objects.requireNonNull(forwarding);
	}

	public OperatorPosition withBound(boolean b) {
		return new OperatorPosition(number, handsetOffHook, b, online, forwarding);
	}

	public OperatorPosition withHandset(boolean offHook) {
		return new OperatorPosition(number, offHook, bound, online, forwarding);
	}

	public OperatorPosition withOnline(boolean o) {
		return new OperatorPosition(number, handsetOffHook, bound, o, forwarding);
	}

	public OperatorPosition withForwarding(Optional<Forwarding> f) {
		return new OperatorPosition(number, handsetOffHook, bound, online, f);
	}
}
