package com.switchdesk.pbx.command;

import com.switchdesk.pbx.model.WakeUpOrder;
import java.util.List;

/**
 * Reads every wake-up order (叫醒业务查询).
 */
public record ReadWakeUpOrders() implements PbxCommand<List<WakeUpOrder>> {

}
