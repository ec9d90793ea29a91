package com.switchdesk.pbx.command;

/**
 * Hookflash (闪断): the other party hears music and the device gets dial tone; a {@link ConsultationCall} follows.
 *
 * @param device the device
 * @param callId its active call
 */
public record Hookflash(String device, String callId) implements PbxCommand<Void> {

	public Hookflash {
		Commands.requireText(device, "device");
		Commands.requireText(callId, "callId");
	}
}
