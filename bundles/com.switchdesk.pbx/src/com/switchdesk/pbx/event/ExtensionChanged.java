package com.switchdesk.pbx.event;

import java.util.Objects;

import com.switchdesk.pbx.model.Extension;

/**
 * An extension's lamp, name or office flag changed.
 *
 * @param sequence the PBX's event sequence number
 * @param extension its new state
 */
public record ExtensionChanged(long sequence, Extension extension) implements PbxEvent {

	public ExtensionChanged {
		Objects.requireNonNull(extension);
	}
}
