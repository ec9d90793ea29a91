package com.switchdesk.pbx.sim;

import java.util.Objects;

import com.switchdesk.pbx.model.ExtensionKind;
import com.switchdesk.pbx.model.ExtensionServices;

/**
 * How one extension of the simulated PBX is configured.
 *
 * @param number       the extension number
 * @param userName     its user name, "" for none
 * @param kind         ordinary extension or operator position
 * @param services     its services (the number inside must match)
 * @param office       an office extension (services protected)
 * @param outOfService a broken line
 */
public record ExtensionSpec(String number, String userName, ExtensionKind kind, ExtensionServices services,
		boolean office, boolean outOfService) {

	public ExtensionSpec {
		Objects.requireNonNull(number);
		Objects.requireNonNull(userName);
		Objects.requireNonNull(kind);
		Objects.requireNonNull(services);
		if (!services.number().equals(number)) {
			throw new IllegalArgumentException("Services of " + services.number() + " given to " + number);
		}
	}

	public static ExtensionSpec extension(String number, String userName) {
		return new ExtensionSpec(number, userName, ExtensionKind.EXTENSION, ExtensionServices.defaults(number), false,
				false);
	}

	public static ExtensionSpec operator(String number, String userName) {
		return new ExtensionSpec(number, userName, ExtensionKind.OPERATOR, ExtensionServices.operatorDefaults(number),
				false, false);
	}

	public ExtensionSpec withServices(ExtensionServices s) {
		return new ExtensionSpec(number, userName, kind, s, office, outOfService);
	}

	public ExtensionSpec asOffice() {
		return new ExtensionSpec(number, userName, kind, services, true, outOfService);
	}

	public ExtensionSpec asOutOfService() {
		return new ExtensionSpec(number, userName, kind, services, office, true);
	}
}
