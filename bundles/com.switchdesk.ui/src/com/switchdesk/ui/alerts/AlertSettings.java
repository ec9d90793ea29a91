package com.switchdesk.ui.alerts;

/**
 * How the PC alerts the operator (seed 3.3.2, 3.3.3).
 *
 * @param popup            off, on, or on with flashing
 * @param ringtonesEnabled the PC rings
 * @param internalTone     ringtone 0: the tone for internal callers
 * @param externalTone     the tone for outside callers without a customer tone
 */
public record AlertSettings(Popup popup, boolean ringtonesEnabled, String internalTone, String externalTone) {

	public enum Popup {
		OFF, ON, ON_AND_FLASH
	}

	public static final AlertSettings DEFAULTS = new AlertSettings(Popup.ON, true, "0", "1");
}
