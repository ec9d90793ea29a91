package com.switchdesk.pbx.command;

/**
 * Switches the PBX between day and night service (夜服切换).
 *
 * @param night true for night service
 */
public record SetNightService(boolean night) implements PbxCommand<Void> {

}
