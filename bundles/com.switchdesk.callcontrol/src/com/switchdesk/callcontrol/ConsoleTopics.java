package com.switchdesk.callcontrol;

/**
 * Event admin topics on which the console publishes for the views; the payload is under
 * {@link #DATA}, the key e4's {@code @UIEventTopic} injects.
 */
public final class ConsoleTopics {

	/** The key of the payload, as e4 expects it. */
	public static final String DATA = "org.eclipse.e4.data";
	/** A new {@link ConsoleState}. */
	public static final String STATE = "com/switchdesk/console/state";
	/** A {@link ConsoleNotice}. */
	public static final String NOTICE = "com/switchdesk/console/notice";

	private ConsoleTopics() {
	}
}
