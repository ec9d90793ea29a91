package com.switchdesk.pbx.command;

/**
 * Puts the other party of the device's call on hold (music).
 *
 * @param device the device holding
 * @param callId the call
 */
public record HoldCall(String device, String callId) implements PbxCommand<Void> {

	public HoldCall {
		Commands.requireText(device, "device");
		Commands.requireText(callId, "callId");
	}
}
