package com.switchdesk.ui.prefs;

import java.util.ArrayList;
import java.util.List;

/**
 * The PC's serial ports for the port list, from jSerialComm when it is installed ("/dev/ttyUSB0 —
 * USB-Serial Controller"); the user may also type a path (e.g. a pseudo-terminal).
 */
final class SerialPorts {

	private static final String SEPARATOR = " — ";

	private SerialPorts() {
	}

	static List<String> list() {
		List<String> ports = new ArrayList<>();
		try {
			for (com.fazecast.jSerialComm.SerialPort p : com.fazecast.jSerialComm.SerialPort.getCommPorts()) {
				ports.add(p.getSystemPortPath() + SEPARATOR + p.getDescriptivePortName());
			}
		} catch (NoClassDefFoundError | RuntimeException e) {
			// no serial library or no native access: the user types the port
		}
		return ports;
	}

	/** The device path of a list entry or typed text. */
	static String pathOf(String entry) {
		int i = entry.indexOf(SEPARATOR);
		return (i < 0 ? entry : entry.substring(0, i)).strip();
	}
}
