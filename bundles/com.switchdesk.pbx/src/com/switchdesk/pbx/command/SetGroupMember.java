package com.switchdesk.pbx.command;

import com.switchdesk.pbx.model.OperatorGroup;

/**
 * Operator forwarding case 2: replaces one member slot of an intelligent operator group; the result is the changed group.
 *
 * @param group the group number (组号)
 * @param night the night member list instead of the day list
 * @param slot the member's slot, from 0
 * @param member the new member number
 */
public record SetGroupMember(int group, boolean night, int slot, String member) implements PbxCommand<OperatorGroup> {

	public SetGroupMember {
		Commands.requireText(member, "member");
		if (group < 0 || slot < 0) {
			throw new IllegalArgumentException("Group and slot numbers start at 0");
		}
	}
}
