package com.switchdesk.pbx.command;

import com.switchdesk.pbx.model.WakeUpOrder;
import java.util.Objects;

/**
 * Creates or replaces one extension's wake-up order.
 *
 * @param order the order; replaces the extension's order
 */
public record WriteWakeUpOrder(WakeUpOrder order) implements PbxCommand<Void> {

	public WriteWakeUpOrder {
		Objects.requireNonNull(order, "order");
	}
}
