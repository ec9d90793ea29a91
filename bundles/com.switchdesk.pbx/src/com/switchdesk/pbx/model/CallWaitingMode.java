package com.switchdesk.pbx.model;

/** What a busy extension does with a second inbound call (呼入等待模式). */
public enum CallWaitingMode {
	/** The caller waits; the extension hears a tone and may swap (呼叫保持). */
	CALL_HOLD,
	/** Every inbound call waits in a queue the operator answers selectively (总机模式). */
	OPERATOR_MODE
}
