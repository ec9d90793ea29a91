package com.switchdesk.pbx.command;

/**
 * Barge-in (强插): joins the target's call; refused unless the device's barge level is higher (a lower number) than the target's.
 *
 * @param device the device barging in
 * @param target the extension in a call
 */
public record Intrude(String device, String target) implements PbxCommand<Void> {

	public Intrude {
		Commands.requireText(device, "device");
		Commands.requireText(target, "target");
	}
}
