package com.switchdesk.pbx.command;

/**
 * Three-way call (三方通话): joins the held call and the consultation call with the device.
 *
 * @param device the device
 * @param heldCallId the held call
 * @param consultationCallId the answered consultation call
 */
public record ConferenceCall(String device, String heldCallId, String consultationCallId) implements PbxCommand<Void> {

	public ConferenceCall {
		Commands.requireText(device, "device");
		Commands.requireText(heldCallId, "heldCallId");
		Commands.requireText(consultationCallId, "consultationCallId");
	}
}
