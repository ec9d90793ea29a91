package com.switchdesk.pbx.command;

/**
 * Binds the off-hook operator phone to the console: busy tone, then muted (绑定坐席分机). Refused while on-hook.
 *
 * @param operator the operator position
 */
public record BindOperatorPhone(String operator) implements PbxCommand<Void> {

	public BindOperatorPhone {
		Commands.requireText(operator, "operator");
	}
}
