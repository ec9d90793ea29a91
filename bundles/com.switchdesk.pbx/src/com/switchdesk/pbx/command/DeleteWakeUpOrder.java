package com.switchdesk.pbx.command;

/**
 * Removes an extension's wake-up order.
 *
 * @param extension the extension
 */
public record DeleteWakeUpOrder(String extension) implements PbxCommand<Void> {

	public DeleteWakeUpOrder {
		Commands.requireText(extension, "extension");
	}
}
