package com.switchdesk.pbx.event;

import java.util.Objects;

import com.switchdesk.pbx.model.ExtensionServices;

/**
 * An extension's services changed.
 *
 * @param sequence the PBX's event sequence number
 * @param services the new services
 */
public record ServicesChanged(long sequence, ExtensionServices services) implements PbxEvent {

	public ServicesChanged {
		Objects.requireNonNull(services);
	}
}
