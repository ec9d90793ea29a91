package com.switchdesk.pbx.command;

/**
 * System park (系统驻留): the call waits in a park slot; the result is the slot. Refused with NOT_SUPPORTED by models without park.
 *
 * @param device the device
 * @param callId its call
 */
public record ParkCall(String device, String callId) implements PbxCommand<String> {

	public ParkCall {
		Commands.requireText(device, "device");
		Commands.requireText(callId, "callId");
	}
}
