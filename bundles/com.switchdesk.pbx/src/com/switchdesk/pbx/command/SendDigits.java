package com.switchdesk.pbx.command;

/**
 * Post-dial (二次拨号): sends DTMF digits into an established call, e.g. to an IVR menu.
 *
 * @param device the device
 * @param callId its established call
 * @param digits DTMF digits 0-9 * #
 */
public record SendDigits(String device, String callId, String digits) implements PbxCommand<Void> {

	public SendDigits {
		Commands.requireText(device, "device");
		Commands.requireText(callId, "callId");
		Commands.requireText(digits, "digits");
		if (!digits.matches("[0-9*#]+")) {
			throw new IllegalArgumentException("DTMF digits are 0-9, * and #, not '" + digits + "'");
		}
	}
}
