package com.switchdesk.pbx.serial.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.switchdesk.pbx.ConnectorSettings;
import com.switchdesk.pbx.serial.Parity;
import com.switchdesk.pbx.serial.SerialSettings;
import com.switchdesk.pbx.serial.TransportFactory;
import com.switchdesk.pbx.serial.internal.SerialConnectorFactoryComponent;

/** F38: the serial settings are read from connector settings, with defaults and clear errors. */
class F38SerialSettingsTest {

	private static ConnectorSettings settings(String... keyValues) {
		Map<String, String> map = new java.util.HashMap<>();
		for (int i = 0; i < keyValues.length; i += 2) {
			map.put(keyValues[i], keyValues[i + 1]);
		}
		return new ConnectorSettings("serial", map);
	}

	@Test
	void f38_onlyThePortIsRequiredAndTheRestDefaultsTo9600_8N1() {
		SerialSettings s = SerialSettings.from(settings("serial.port", "/dev/ttyUSB0"));
		assertEquals(SerialSettings.defaults("/dev/ttyUSB0"), s);
		assertEquals("/dev/ttyUSB0 9600 8N1", s.describe());
	}

	@Test
	void f38_everySettingIsRead() {
		SerialSettings s = SerialSettings.from(settings("serial.port", " COM3 ", "serial.baud", "115200",
				"serial.dataBits", "7", "serial.parity", "Even", "serial.stopBits", "2"));
		assertEquals(new SerialSettings("COM3", 115200, 7, Parity.EVEN, 2), s);
		assertEquals("COM3 115200 7E2", s.describe());
		assertEquals(s, SerialSettings.from(s.toConnectorSettings()));
	}

	@ParameterizedTest
	@CsvSource({ "serial.baud,fast", "serial.baud,10", "serial.dataBits,9", "serial.parity,mark",
			"serial.stopBits,3", "serial.stopBits,1.5" })
	void f38_badValuesAreRefusedNamingTheSetting(String key, String value) {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> SerialSettings.from(settings("serial.port", "/dev/ttyS0", key, value)));
		assertTrue(e.getMessage().contains(key), e.getMessage());
	}

	@Test
	void f38_missingPortIsRefusedNamingTheSetting() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> SerialSettings.from(settings("serial.baud", "9600")));
		assertTrue(e.getMessage().contains("serial.port"), e.getMessage());
	}

	@Test
	void f38_theFactoryRefusesLessThanEightDataBits() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> new SerialConnectorFactoryComponent().create(settings("serial.port", "/dev/ttyS0", "serial.dataBits", "7")));
		assertTrue(e.getMessage().contains("serial.dataBits") && e.getMessage().contains("8"), e.getMessage());
	}

	@Test
	void f38_airTimeFollowsTheLineSpeed() {
		TransportFactory at9600 = TransportFactory.serialPort(SerialSettings.defaults("/dev/ttyS0"));
		assertEquals(Duration.ofSeconds(1), at9600.airTime(960)); // 10 bits a byte at 8N1
		TransportFactory even2 = TransportFactory.serialPort(new SerialSettings("/dev/ttyS0", 9600, 8, Parity.EVEN, 2));
		assertEquals(Duration.ofSeconds(1), even2.airTime(800)); // 12 bits a byte at 8E2
	}
}
