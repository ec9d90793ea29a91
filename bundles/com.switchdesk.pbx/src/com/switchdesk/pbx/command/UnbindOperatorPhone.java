package com.switchdesk.pbx.command;

/**
 * Releases the operator phone from the console.
 *
 * @param operator the operator position
 */
public record UnbindOperatorPhone(String operator) implements PbxCommand<Void> {

	public UnbindOperatorPhone {
		Commands.requireText(operator, "operator");
	}
}
