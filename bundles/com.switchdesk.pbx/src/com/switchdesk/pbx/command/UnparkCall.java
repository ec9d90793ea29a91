package com.switchdesk.pbx.command;

/**
 * Takes a parked call out of its slot to the device.
 *
 * @param device the device retrieving
 * @param slot the park slot
 */
public record UnparkCall(String device, String slot) implements PbxCommand<Void> {

	public UnparkCall {
		Commands.requireText(device, "device");
		Commands.requireText(slot, "slot");
	}
}
