package com.switchdesk.pbx;

import com.switchdesk.pbx.event.PbxEvent;

/**
 * Receives the connector's events on its event thread, in sequence order. Must return quickly and
 * never block: hand work to another executor.
 */
@FunctionalInterface
public interface PbxListener {

	void onEvent(PbxEvent event);
}
