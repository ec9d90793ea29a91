package com.switchdesk.pbx.event;

/**
 * The PBX switched between day and night service.
 *
 * @param sequence the PBX's event sequence number
 * @param night true in night service
 */
public record NightServiceChanged(long sequence, boolean night) implements PbxEvent {

}
