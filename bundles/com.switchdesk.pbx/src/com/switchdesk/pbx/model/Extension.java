package com.switchdesk.pbx.model;

import java.util.Objects;

/**
 * One extension as the board shows it.
 *
 * @param number   the extension number, e.g. "8001"
 * @param userName the user name stored on the PBX, "" when none
 * @param kind     ordinary extension or operator position
 * @param state    its lamp
 * @param office   an office extension: its services cannot be changed from the console
 */
public record Extension(String number, String userName, ExtensionKind kind, DeviceState state, boolean office) {

	public Extension {
		Objects.requireNonNull(number);
		Objects.requireNonNull(userName);
		Objects.requireNonNull(kind);
		Objects.requireNonNull(state);
	}

	public Extension withState(DeviceState newState) {
		return new Extension(number, userName, kind, newState, office);
	}

	public Extension withUserName(String name) {
		return new Extension(number, name, kind, state, office);
	}

	public Extension withOffice(boolean isOffice) {
		return new Extension(number, userName, kind, state, isOffice);
	}

	public boolean hasUserName() {
		return !userName.isBlank();
	}
}
