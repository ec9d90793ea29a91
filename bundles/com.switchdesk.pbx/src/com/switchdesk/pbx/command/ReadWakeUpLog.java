package com.switchdesk.pbx.command;

import com.switchdesk.pbx.model.WakeUpRecord;
import java.util.List;

/**
 * Reads the wake-up log, oldest first (叫醒日志).
 */
public record ReadWakeUpLog() implements PbxCommand<List<WakeUpRecord>> {

}
