package com.switchdesk.pbx.command;

/**
 * Recall (收回): drops the consultation call, even while the third party still rings, and retrieves the held call.
 *
 * @param device the device
 * @param heldCallId the held call
 * @param consultationCallId the consultation call to drop
 */
public record ReconnectCall(String device, String heldCallId, String consultationCallId) implements PbxCommand<Void> {

	public ReconnectCall {
		Commands.requireText(device, "device");
		Commands.requireText(heldCallId, "heldCallId");
		Commands.requireText(consultationCallId, "consultationCallId");
	}
}
