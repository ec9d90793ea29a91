package com.switchdesk.pbx.serial.internal.link;

/** What a {@link Link} delivers to the session above it; called on the link's scheduler thread. */
public interface LinkHandler {

	/** A HELLO arrived (with or without a session); the payload is not yet decoded. */
	void onHello(byte[] payload);

	/** A HEARTBEAT arrived during a session. */
	void onHeartbeat(byte[] payload);

	/** A whole message of a sequenced type arrived: in order, once, fragments joined. */
	void onMessage(int type, byte[] payload);

	/** A sequenced frame arrived while there is no session; it was dropped unacknowledged. */
	void onFrameWithoutSession(int type);

	/** The session ended because the peer fell silent or stopped acknowledging. */
	void onLinkLost(String reason);

	/** The payload of the next HEARTBEAT this side sends. */
	byte[] heartbeatPayload();
}
