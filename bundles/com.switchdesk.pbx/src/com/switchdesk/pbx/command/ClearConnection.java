package com.switchdesk.pbx.command;

/**
 * Hangs up the device's connection to a call; a two-party call then clears.
 *
 * @param device the device hanging up
 * @param callId its call
 */
public record ClearConnection(String device, String callId) implements PbxCommand<Void> {

	public ClearConnection {
		Commands.requireText(device, "device");
		Commands.requireText(callId, "callId");
	}
}
