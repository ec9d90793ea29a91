package com.switchdesk.pbx.command;

import com.switchdesk.pbx.model.PbxSnapshot;

/**
 * Reads the whole live state (used to resynchronise).
 */
public record ReadSnapshot() implements PbxCommand<PbxSnapshot> {

}
