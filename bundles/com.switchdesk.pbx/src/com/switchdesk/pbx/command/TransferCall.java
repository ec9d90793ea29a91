package com.switchdesk.pbx.command;

/**
 * Joins the held party with the consultation's third party and drops the device.
 *
 * @param device the transferring device
 * @param heldCallId the held call
 * @param consultationCallId the consultation call, ringing or answered
 */
public record TransferCall(String device, String heldCallId, String consultationCallId) implements PbxCommand<Void> {

	public TransferCall {
		Commands.requireText(device, "device");
		Commands.requireText(heldCallId, "heldCallId");
		Commands.requireText(consultationCallId, "consultationCallId");
	}
}
