package com.switchdesk.callcontrol;

/**
 * A key that waits for its target (seed 3.15, 3.16, method 1 and 2): press the key, then either
 * type the extension and press Enter, or click its tile.
 */
public enum PendingAction {
	NONE, PICKUP, BARGE_IN, FORCE_RELEASE
}
