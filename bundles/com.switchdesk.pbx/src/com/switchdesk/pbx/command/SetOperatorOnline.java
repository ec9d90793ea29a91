package com.switchdesk.pbx.command;

/**
 * Operator offline (坐席离线) and back online.
 *
 * @param operator the operator position
 * @param online false to lock the console: calls go to the operator hunt group
 */
public record SetOperatorOnline(String operator, boolean online) implements PbxCommand<Void> {

	public SetOperatorOnline {
		Commands.requireText(operator, "operator");
	}
}
