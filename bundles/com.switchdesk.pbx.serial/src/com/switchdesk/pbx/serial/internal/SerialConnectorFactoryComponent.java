package com.switchdesk.pbx.serial.internal;

import org.osgi.service.component.annotations.Component;

import com.switchdesk.pbx.ConnectorSettings;
import com.switchdesk.pbx.PbxConnector;
import com.switchdesk.pbx.PbxConnectorFactory;
import com.switchdesk.pbx.Schedulers;
import com.switchdesk.pbx.serial.LinkTimings;
import com.switchdesk.pbx.serial.SerialSettings;
import com.switchdesk.pbx.serial.TransportFactory;

/** Registers the {@code serial} connector type; each connector gets its own thread. */
@Component(service = PbxConnectorFactory.class, property = "connector.type=serial")
public final class SerialConnectorFactoryComponent implements PbxConnectorFactory {

	public static final String TYPE = "serial";

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public String displayName() {
		return "PBX on a serial line (RS-232/USB)";
	}

	@Override
	public PbxConnector create(ConnectorSettings settings) {
		SerialSettings serial = SerialSettings.from(settings);
		if (serial.dataBits() != 8) {
			throw new IllegalArgumentException("Setting " + SerialSettings.DATA_BITS
					+ " must be 8 for the SwitchDesk serial protocol (its frames are binary), not " + serial.dataBits());
		}
		Schedulers.ClosableScheduler thread = Schedulers.newRealTime("pbx-serial " + serial.port());
		return new SerialConnector(TransportFactory.serialPort(serial), thread, LinkTimings.defaults(), thread::close);
	}
}
