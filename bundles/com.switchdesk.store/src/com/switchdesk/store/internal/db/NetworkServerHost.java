package com.switchdesk.store.internal.db;

import java.io.PrintWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

import org.apache.derby.drda.NetworkServerControl;

/**
 * A Derby network server inside this JVM, so that other consoles share this console's database. Serves every
 * database this JVM's Derby engine can open, by path.
 */
public final class NetworkServerHost implements AutoCloseable {

	private static final Duration START_TIMEOUT = Duration.ofSeconds(20);

	private final NetworkServerControl control;
	private final String address;

	private NetworkServerHost(NetworkServerControl control, String address) {
		this.control = control;
		this.address = address;
	}

	/**
	 * Starts the server and waits until it answers.
	 *
	 * @param log where the server writes its messages
	 */
	public static NetworkServerHost start(String host, int port, Writer log) throws Exception {
		NetworkServerControl control = new NetworkServerControl(InetAddress.getByName(host), port);
		control.start(new PrintWriter(log, true));
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		while (true) {
			try {
				control.ping();
				return new NetworkServerHost(control, host + ":" + port);
			} catch (Exception notYet) {
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException("the database server on " + host + ":" + port
							+ " did not start within " + START_TIMEOUT.toSeconds() + " s (is the port in use?)", notYet);
				}
				LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
			}
		}
	}

	public String address() {
		return address;
	}

	@Override
	public void close() throws Exception {
		control.shutdown();
	}
}
