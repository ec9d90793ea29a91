package com.switchdesk.pbx.command;

/**
 * Takes a held call back.
 *
 * @param device the device that holds the call
 * @param callId the held call
 */
public record RetrieveCall(String device, String callId) implements PbxCommand<Void> {

	public RetrieveCall {
		Commands.requireText(device, "device");
		Commands.requireText(callId, "callId");
	}
}
