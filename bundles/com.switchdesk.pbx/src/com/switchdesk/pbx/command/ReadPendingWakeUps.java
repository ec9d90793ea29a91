package com.switchdesk.pbx.command;

import com.switchdesk.pbx.model.PendingWakeUp;
import java.util.List;

/**
 * Reads what the PBX will ring next, soonest first (待叫醒列表).
 */
public record ReadPendingWakeUps() implements PbxCommand<List<PendingWakeUp>> {

}
