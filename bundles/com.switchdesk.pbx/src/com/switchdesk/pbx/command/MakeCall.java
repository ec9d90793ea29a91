package com.switchdesk.pbx.command;

/**
 * Calls {@code to} from {@code from} (an extension or operator position).
 *
 * @param from the calling device
 * @param to the number dialed
 */
public record MakeCall(String from, String to) implements PbxCommand<Void> {

	public MakeCall {
		Commands.requireText(from, "from");
		Commands.requireText(to, "to");
	}
}
