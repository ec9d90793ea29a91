package com.switchdesk.pbx.serial;

import java.time.Duration;

import com.switchdesk.pbx.serial.internal.transport.SerialPortTransport;

/** Creates a fresh {@link Transport} for each connection attempt to the same place. */
public interface TransportFactory {

	/** A new, unopened transport. Never blocks. */
	Transport create();

	/** Where the transports lead, for status messages, e.g. {@code /dev/ttyUSB0 9600 8N1}. */
	String describe();

	/**
	 * How long {@code bytes} bytes take on the line; retransmission time-outs add it so that a slow
	 * line is not mistaken for a lost frame. Zero for in-memory pipes.
	 */
	default Duration airTime(int bytes) {
		return Duration.ZERO;
	}

	/**
	 * Transports over a serial port opened with jSerialComm (a device such as {@code /dev/ttyUSB0},
	 * {@code COM3}, or a pseudo-terminal path). Each transport has a reader and a writer thread.
	 */
	static TransportFactory serialPort(SerialSettings settings) {
		return new TransportFactory() {
			@Override
			public Transport create() {
				return new SerialPortTransport(settings);
			}

			@Override
			public String describe() {
				return settings.describe();
			}

			@Override
			public Duration airTime(int bytes) {
				return Duration.ofNanos(1_000_000_000L * bytes * settings.bitsPerCharacter() / settings.baud());
			}
		};
	}
}
