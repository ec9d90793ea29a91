package com.switchdesk.pbx.serial;

import java.util.Map;
import java.util.Objects;

import com.switchdesk.pbx.ConnectorSettings;

/**
 * The line settings of a serial port, read from {@link ConnectorSettings}:
 * <table>
 * <caption>Settings keys</caption>
 * <tr><th>key</th><th>values</th><th>default</th></tr>
 * <tr><td>{@value #PORT}</td><td>a device path or name, e.g. {@code /dev/ttyUSB0}, {@code COM3}</td><td>required</td></tr>
 * <tr><td>{@value #BAUD}</td><td>bits per second, 50–4,000,000</td><td>9600</td></tr>
 * <tr><td>{@value #DATA_BITS}</td><td>5–8</td><td>8</td></tr>
 * <tr><td>{@value #PARITY}</td><td>none, even, odd</td><td>none</td></tr>
 * <tr><td>{@value #STOP_BITS}</td><td>1 or 2</td><td>1</td></tr>
 * </table>
 *
 * @param port     the port's path or system name; never blank
 * @param baud     bits per second
 * @param dataBits data bits per character
 * @param parity   parity bit
 * @param stopBits stop bits per character
 */
public record SerialSettings(String port, int baud, int dataBits, Parity parity, int stopBits) {

	public static final String PORT = "serial.port";
	public static final String BAUD = "serial.baud";
	public static final String DATA_BITS = "serial.dataBits";
	public static final String PARITY = "serial.parity";
	public static final String STOP_BITS = "serial.stopBits";

	public static final int DEFAULT_BAUD = 9600;
	public static final int MAX_BAUD = 4_000_000;

	/** @throws IllegalArgumentException naming the setting that is out of range */
	public SerialSettings {
		Objects.requireNonNull(port, PORT);
		Objects.requireNonNull(parity, PARITY);
		if (port.isBlank()) {
			throw new IllegalArgumentException("Setting " + PORT + " is required (e.g. /dev/ttyUSB0 or COM3)");
		}
		if (baud < 50 || baud > MAX_BAUD) {
			throw new IllegalArgumentException("Setting " + BAUD + " must be 50–" + MAX_BAUD + ", not " + baud);
		}
		if (dataBits < 5 || dataBits > 8) {
			throw new IllegalArgumentException("Setting " + DATA_BITS + " must be 5–8, not " + dataBits);
		}
		if (stopBits != 1 && stopBits != 2) {
			throw new IllegalArgumentException("Setting " + STOP_BITS + " must be 1 or 2, not " + stopBits);
		}
	}

	/** 9600 baud, 8 data bits, no parity, 1 stop bit on {@code port}. */
	public static SerialSettings defaults(String port) {
		return new SerialSettings(port, DEFAULT_BAUD, 8, Parity.NONE, 1);
	}

	/**
	 * Reads the {@code serial.*} keys; other keys are ignored.
	 *
	 * @throws IllegalArgumentException naming the first unusable setting
	 */
	public static SerialSettings from(ConnectorSettings settings) {
		String port = settings.get(PORT).orElseThrow(
				() -> new IllegalArgumentException("Setting " + PORT + " is required (e.g. /dev/ttyUSB0 or COM3)"));
		Parity parity = settings.get(PARITY).map(v -> Parity.parse(PARITY, v)).orElse(Parity.NONE);
		return new SerialSettings(port.strip(), settings.getInt(BAUD, DEFAULT_BAUD), settings.getInt(DATA_BITS, 8),
				parity, settings.getInt(STOP_BITS, 1));
	}

	/** These settings as connector settings of type {@code serial}. */
	public ConnectorSettings toConnectorSettings() {
		return new ConnectorSettings("serial", Map.of(PORT, port, BAUD, Integer.toString(baud), DATA_BITS,
				Integer.toString(dataBits), PARITY, parity.settingValue(), STOP_BITS, Integer.toString(stopBits)));
	}

	/** Bits on the wire per byte: start bit, data bits, parity bit if any, stop bits. */
	public int bitsPerCharacter() {
		return 1 + dataBits + (parity == Parity.NONE ? 0 : 1) + stopBits;
	}

	/** E.g. {@code /dev/ttyUSB0 9600 8N1}. */
	public String describe() {
		return port + " " + baud + " " + dataBits + parity.letter() + stopBits;
	}
}
