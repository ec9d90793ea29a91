package com.switchdesk.pbx.model;

import java.util.List;
import java.util.Objects;

/**
 * A hunt group or an intelligent operator group, with its day and night members. Members are
 * listed in slot order; slot indexes start at 0 (the seed manual's "序号").
 *
 * @param index        the group number (组号), e.g. 0
 * @param pilot        the pilot number that callers dial, e.g. "999"
 * @param kind         hunt group or operator group
 * @param dayMembers   members while the PBX is in day service
 * @param nightMembers members while in night service
 */
public record OperatorGroup(int index, String pilot, GroupKind kind, List<String> dayMembers,
		List<String> nightMembers) {

	public OperatorGroup {
		Objects.requireNonNull(pilot);
		Objects.requireNonNull(kind);
		dayMembers = List.copyOf(dayMembers);
		nightMembers = List.copyOf(nightMembers);
	}

	public List<String> members(boolean night) {
		return night ? nightMembers : dayMembers;
	}
}
