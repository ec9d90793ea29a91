package com.switchdesk.pbx.serial.internal.transport;

import java.lang.System.Logger.Level;
import java.util.Arrays;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortInvalidPortException;
import com.switchdesk.pbx.serial.SerialSettings;
import com.switchdesk.pbx.serial.Transport;

/**
 * A transport over a serial port opened with jSerialComm. A reader thread opens the port and then
 * reads; a writer thread drains the queue of outgoing bytes, so that a full output buffer on a slow
 * line never blocks the caller.
 */
public final class SerialPortTransport implements Transport {

	private static final System.Logger LOG = System.getLogger(SerialPortTransport.class.getName());
	/** How long a read waits before checking whether the transport was closed. */
	private static final int READ_TIMEOUT_MS = 100;
	/** A write that cannot make progress for this long means the line is stuck. */
	private static final int WRITE_TIMEOUT_MS = 10_000;

	private final SerialSettings settings;
	private final LinkedBlockingQueue<byte[]> outbox = new LinkedBlockingQueue<>();
	private final AtomicBoolean reported = new AtomicBoolean();
	private volatile boolean closed;
	private volatile Listener listener;
	private volatile Thread writer;

	public SerialPortTransport(SerialSettings settings) {
		this.settings = settings;
	}

	@Override
	public void open(Listener l) {
		this.listener = l;
		Thread reader = new Thread(this::openAndRead, "serial-reader " + settings.port());
		reader.setDaemon(true);
		reader.start();
	}

	@Override
	public void send(byte[] bytes) {
		if (!closed) {
			outbox.add(bytes);
		}
	}

	@Override
	public void close() {
		closed = true;
		Thread w = writer;
		if (w != null) {
			w.interrupt();
		}
	}

	private void openAndRead() {
		SerialPort port = openPort();
		if (port == null) {
			return;
		}
		try {
			listener.opened();
			Thread w = new Thread(() -> writeLoop(port), "serial-writer " + settings.port());
			w.setDaemon(true);
			writer = w;
			w.start();
			if (closed) {
				w.interrupt();
			}
			readLoop(port);
		} finally {
			closed = true;
			port.closePort();
		}
	}

	private SerialPort openPort() {
		String name = settings.port();
		SerialPort port;
		try {
			port = SerialPort.getCommPort(name);
		} catch (SerialPortInvalidPortException e) {
			fail("Port " + name + " not found (is the cable or USB adapter plugged in?)", true);
			return null;
		}
		if (!port.openPort(0)) {
			int errno = port.getLastErrorCode();
			fail(OpenErrors.describe(name, errno), OpenErrors.retryable(errno));
			return null;
		}
		boolean configured = port.setComPortParameters(settings.baud(), settings.dataBits(),
				settings.stopBits() == 2 ? SerialPort.TWO_STOP_BITS : SerialPort.ONE_STOP_BIT, parityCode())
				&& port.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED)
				&& port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING,
						READ_TIMEOUT_MS, WRITE_TIMEOUT_MS);
		if (!configured) {
			port.closePort();
			fail("Port " + name + " does not accept the settings " + settings.describe()
					+ " (check serial.baud, serial.dataBits, serial.parity, serial.stopBits)", false);
			return null;
		}
		port.flushIOBuffers();
		if (closed) {
			port.closePort();
			return null;
		}
		LOG.log(Level.DEBUG, "Opened {0}", settings.describe());
		return port;
	}

	private void readLoop(SerialPort port) {
		byte[] buffer = new byte[4096];
		while (!closed) {
			int n = port.readBytes(buffer, buffer.length);
			if (n > 0) {
				listener.received(Arrays.copyOf(buffer, n));
			} else if (n < 0) {
				fail("Port " + settings.port() + " was lost (error " + port.getLastErrorCode()
						+ "): cable, USB adapter or the other end went away", true);
				return;
			}
		}
	}

	private void writeLoop(SerialPort port) {
		try {
			while (!closed) {
				byte[] bytes = outbox.poll(1, TimeUnit.SECONDS);
				if (bytes != null && !closed && port.writeBytes(bytes, bytes.length) != bytes.length) {
					fail("Writing to port " + settings.port() + " failed or made no progress for "
							+ WRITE_TIMEOUT_MS / 1000 + " s", true);
					return;
				}
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt(); // closed: just stop
		}
	}

	private int parityCode() {
		return switch (settings.parity()) {
		case NONE -> SerialPort.NO_PARITY;
		case EVEN -> SerialPort.EVEN_PARITY;
		case ODD -> SerialPort.ODD_PARITY;
		};
	}

	private void fail(String reason, boolean retryable) {
		if (!closed && reported.compareAndSet(false, true)) {
			closed = true;
			LOG.log(Level.DEBUG, reason);
			listener.failed(reason, retryable);
		}
	}
}
