package com.switchdesk.pbx.model;

public enum WakeUpCycle {
	/** Once, on the next occurrence of the time; the order is disabled afterwards. */
	ONCE,
	DAILY,
	/** Monday to Friday. */
	WEEKDAYS,
	/** On the order's chosen days. */
	CUSTOM
}
