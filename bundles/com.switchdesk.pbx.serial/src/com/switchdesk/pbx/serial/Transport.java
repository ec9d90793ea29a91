package com.switchdesk.pbx.serial;

/**
 * One attempt to use a byte pipe to the other end: a serial port, or an in-memory pipe in tests.
 * A transport is used once: {@link #open} it, {@link #send} bytes, and {@link #close()} it; after a
 * failure the owner creates a new one from its {@link TransportFactory}.
 * <p>
 * Threading: every method returns quickly and never blocks on the line, and may be called from any
 * thread. The listener is called from the transport's own threads (possibly more than one, e.g. a
 * reader and a writer), never from inside a call to this interface, so it must hand the work to its
 * own thread.
 */
public interface Transport {

	/**
	 * Starts opening in the background. The listener then receives {@link Listener#opened()} followed
	 * by any number of {@link Listener#received(byte[])}, or {@link Listener#failed} (at most once, and
	 * nothing after it).
	 */
	void open(Listener listener);

	/** Queues bytes for sending, in order; silently drops them when the transport is not open. */
	void send(byte[] bytes);

	/** Closes the transport and stops its threads; no callback follows. Idempotent. */
	void close();

	/** What the transport receives. */
	interface Listener {

		/** The transport is open: bytes may be sent and received. */
		void opened();

		/** Bytes arrived; the array is the listener's to keep. */
		void received(byte[] bytes);

		/**
		 * The transport could not be opened or was lost.
		 *
		 * @param reason    a message an administrator can act on, e.g. "port /dev/ttyUSB0 not found"
		 * @param retryable whether opening again later may succeed (a missing USB adapter: yes; a port
		 *                  that refuses the configured speed: no)
		 */
		void failed(String reason, boolean retryable);
	}
}
