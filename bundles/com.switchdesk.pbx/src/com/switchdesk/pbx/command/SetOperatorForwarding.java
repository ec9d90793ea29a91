package com.switchdesk.pbx.command;

import com.switchdesk.pbx.model.Forwarding;
import java.util.Objects;
import java.util.Optional;

/**
 * Operator forwarding case 1 (坐席转移): the position's calls go to another number.
 *
 * @param operator the operator position
 * @param forwarding where to, or empty to cancel
 */
public record SetOperatorForwarding(String operator, Optional<Forwarding> forwarding) implements PbxCommand<Void> {

	public SetOperatorForwarding {
		Commands.requireText(operator, "operator");
		Objects.requireNonNull(forwarding, "forwarding");
	}
}
