package com.switchdesk.pbx.sim.internal;

import java.util.Optional;

import com.switchdesk.pbx.model.DeviceState;
import com.switchdesk.pbx.model.Extension;
import com.switchdesk.pbx.model.ExtensionKind;
import com.switchdesk.pbx.model.ExtensionServices;
import com.switchdesk.pbx.model.Forwarding;
import com.switchdesk.pbx.model.OperatorPosition;
import com.switchdesk.pbx.sim.ExtensionSpec;

/** One extension's mutable state inside the exchange; touched on the PBX thread only. */
final class SimExtension {

	final String number;
	final ExtensionKind kind;
	String userName;
	ExtensionServices services;
	boolean office;
	boolean outOfService;
	/** The lamp last reported, to send an event only when it changes. */
	DeviceState lamp = DeviceState.IDLE;

	// operator positions only
	boolean handsetOffHook;
	boolean bound;
	boolean online = true;
	Optional<Forwarding> forwarding = Optional.empty();

	SimExtension(ExtensionSpec spec) {
		number = spec.number();
		kind = spec.kind();
		userName = spec.userName();
		services = spec.services();
		office = spec.office();
		outOfService = spec.outOfService();
		lamp = idleLamp();
	}

	boolean isOperator() {
		return kind == ExtensionKind.OPERATOR;
	}

	/** The lamp when the extension has no call. */
	DeviceState idleLamp() {
		if (outOfService) {
			return DeviceState.OUT_OF_SERVICE;
		}
		return services.dndInternal() || services.dndExternal() ? DeviceState.DND : DeviceState.IDLE;
	}

	Extension toExtension() {
		return new Extension(number, userName, kind, lamp, office);
	}

	OperatorPosition toOperatorPosition() {
		return new OperatorPosition(number, handsetOffHook, bound, online, forwarding);
	}
}
