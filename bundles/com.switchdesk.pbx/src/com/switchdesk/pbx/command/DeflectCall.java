package com.switchdesk.pbx.command;

/**
 * Sends a call that rings or waits at the device elsewhere without answering it.
 *
 * @param device the device where the call rings or waits
 * @param callId the call
 * @param to the new destination
 */
public record DeflectCall(String device, String callId, String to) implements PbxCommand<Void> {

	public DeflectCall {
		Commands.requireText(device, "device");
		Commands.requireText(callId, "callId");
		Commands.requireText(to, "to");
	}
}
