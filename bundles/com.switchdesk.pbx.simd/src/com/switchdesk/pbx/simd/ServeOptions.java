package com.switchdesk.pbx.simd;

import java.util.HashMap;
import java.util.Map;

import com.switchdesk.pbx.ConnectorSettings;
import com.switchdesk.pbx.serial.SerialSettings;

/**
 * The command line of the simulator process:
 * {@code -port PATH [-baud N] [-dataBits N] [-parity none|even|odd] [-stopBits 1|2] [-traffic CALLS_PER_MINUTE]}.
 *
 * @param serial           the port and its line settings
 * @param trafficPerMinute generated demo calls per minute, 0 for none
 */
record ServeOptions(SerialSettings serial, double trafficPerMinute) {

	static final String USAGE = "usage: switchdesk -application com.switchdesk.pbx.simd.serve -port PATH [-baud 9600]"
			+ " [-dataBits 8] [-parity none|even|odd] [-stopBits 1|2] [-traffic CALLS_PER_MINUTE]";

	/** Option name → serial setting key. */
	private static final Map<String, String> SERIAL_OPTIONS = Map.of("-port", SerialSettings.PORT, "-baud",
			SerialSettings.BAUD, "-dataBits", SerialSettings.DATA_BITS, "-parity", SerialSettings.PARITY, "-stopBits",
			SerialSettings.STOP_BITS);

	/** @throws IllegalArgumentException naming the option that is missing, unknown or malformed */
	static ServeOptions parse(String[] args) {
		Map<String, String> settings = new HashMap<>();
		double traffic = 0;
		for (int i = 0; i < args.length; i++) {
			String option = args[i];
			if (i + 1 >= args.length) {
				throw new IllegalArgumentException("Option " + option + " needs a value");
			}
			String value = args[++i];
			if (option.equals("-traffic")) {
				traffic = parseTraffic(value);
			} else if (SERIAL_OPTIONS.containsKey(option)) {
				settings.put(SERIAL_OPTIONS.get(option), value);
			} else {
				throw new IllegalArgumentException("Unknown option " + option);
			}
		}
		if (!settings.containsKey(SerialSettings.PORT)) {
			throw new IllegalArgumentException("Option -port is required (e.g. -port /dev/ttyUSB0 or a pseudo-terminal)");
		}
		try {
			SerialSettings serial = SerialSettings.from(new ConnectorSettings("serial", settings));
			if (serial.dataBits() != 8) {
				throw new IllegalArgumentException("Option -dataBits must be 8: the protocol's frames are binary");
			}
			return new ServeOptions(serial, traffic);
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException(asOptions(e.getMessage()), e);
		}
	}

	private static double parseTraffic(String value) {
		try {
			double v = Double.parseDouble(value);
			if (v >= 0 && v <= 600) {
				return v;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new IllegalArgumentException("Option -traffic must be 0–600 calls per minute, not '" + value + "'");
	}

	/** Settings messages name keys such as serial.baud; on the command line the user typed -baud. */
	private static String asOptions(String message) {
		String m = message;
		for (Map.Entry<String, String> e : SERIAL_OPTIONS.entrySet()) {
			m = m.replace("Setting " + e.getValue(), "Option " + e.getKey());
		}
		return m;
	}
}
