package com.switchdesk.pbx.event;

/** An event from the PBX connector; see the package documentation for the sequence rules. */
public sealed interface PbxEvent permits ConnectionEvent, SnapshotEvent, ExtensionChanged, CallChanged, CallCleared, OperatorChanged, NightServiceChanged, GroupChanged, ServicesChanged, WakeUpAttempted, WakeUpOrdersChanged {

	/** The PBX's event sequence number. */
	long sequence();
}
