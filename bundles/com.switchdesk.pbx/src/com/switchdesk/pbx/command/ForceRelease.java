package com.switchdesk.pbx.command;

/**
 * Force release (强拆): clears the target's call; refused unless the device's barge level is higher than the target's.
 *
 * @param device the device
 * @param target the extension whose call is released
 */
public record ForceRelease(String device, String target) implements PbxCommand<Void> {

	public ForceRelease {
		Commands.requireText(device, "device");
		Commands.requireText(target, "target");
	}
}
