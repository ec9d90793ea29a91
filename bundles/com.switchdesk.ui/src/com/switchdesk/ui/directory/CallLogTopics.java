package com.switchdesk.ui.directory;

/** Event topics of the call log: the views refresh when a call was logged, and show when logging failed. */
public final class CallLogTopics {

	/** A call was written to the log; the payload is the stored {@code CallRecord}. */
	public static final String RECORDED = "com/switchdesk/calllog/recorded";
	/** A call could not be written; the payload is the reason, a sentence for the user. */
	public static final String FAILED = "com/switchdesk/calllog/failed";

	private CallLogTopics() {
	}
}
