package com.switchdesk.pbx.command;

/**
 * Answers a call that rings or waits at the device; at an operator position, any queued call may be chosen.
 *
 * @param device the device answering
 * @param callId the call alerting or queued at the device
 */
public record AnswerCall(String device, String callId) implements PbxCommand<Void> {

	public AnswerCall {
		Commands.requireText(device, "device");
		Commands.requireText(callId, "callId");
	}
}
