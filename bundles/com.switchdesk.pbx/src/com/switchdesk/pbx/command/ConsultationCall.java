package com.switchdesk.pbx.command;

/**
 * Holds the current call and calls a third party: how the console transfers by dialing (转接).
 *
 * @param device the device
 * @param heldCallId its current call, put on hold if not held yet
 * @param to the third party
 */
public record ConsultationCall(String device, String heldCallId, String to) implements PbxCommand<Void> {

	public ConsultationCall {
		Commands.requireText(device, "device");
		Commands.requireText(heldCallId, "heldCallId");
		Commands.requireText(to, "to");
	}
}
