package com.switchdesk.pbx.event;

import com.switchdesk.pbx.model.WakeUpOrder;
import java.util.List;

/**
 * Wake-up orders were written, deleted or used up.
 *
 * @param sequence the PBX's event sequence number
 * @param orders every order now
 */
public record WakeUpOrdersChanged(long sequence, List<WakeUpOrder> orders) implements PbxEvent {

	public WakeUpOrdersChanged {
		orders = List.copyOf(orders);
	}
}
