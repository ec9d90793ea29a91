package com.switchdesk.pbx.command;

/**
 * Pickup (代接): answers the call ringing at another extension.
 *
 * @param device the device picking up
 * @param target the ringing extension
 */
public record PickupCall(String device, String target) implements PbxCommand<Void> {

	public PickupCall {
		Commands.requireText(device, "device");
		Commands.requireText(target, "target");
	}
}
