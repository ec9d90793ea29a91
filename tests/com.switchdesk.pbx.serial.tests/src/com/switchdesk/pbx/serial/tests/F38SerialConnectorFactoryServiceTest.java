package com.switchdesk.pbx.serial.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import com.switchdesk.pbx.ConnectionState;
import com.switchdesk.pbx.ConnectorSettings;
import com.switchdesk.pbx.PbxConnector;
import com.switchdesk.pbx.PbxConnectorFactory;

/** F38: the bundle registers the {@code serial} connector factory as an OSGi service. */
class F38SerialConnectorFactoryServiceTest {

	@Test
	void f38_serialFactoryIsRegisteredAsAService() throws Exception {
		Bundle bundle = FrameworkUtil.getBundle(getClass());
		assertNotNull(bundle, "not running in OSGi");
		if (bundle.getState() != Bundle.ACTIVE) {
			bundle.start(Bundle.START_TRANSIENT);
		}
		BundleContext context = bundle.getBundleContext();
		ServiceTracker<PbxConnectorFactory, PbxConnectorFactory> tracker = new ServiceTracker<>(context,
				context.createFilter("(&(objectClass=" + PbxConnectorFactory.class.getName() + ")(connector.type=serial))"),
				null);
		tracker.open();
		try {
			PbxConnectorFactory factory = tracker.waitForService(10_000);
			assertNotNull(factory, "no PbxConnectorFactory with connector.type=serial within 10 s (is SCR running?)");
			assertEquals("serial", factory.type());
			IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
					() -> factory.create(new ConnectorSettings("serial", Map.of())));
			assertTrue(e.getMessage().contains("serial.port"), e.getMessage());
			try (PbxConnector connector = factory.create(new ConnectorSettings("serial", Map.of("serial.port", "/dev/nonexistent")))) {
				assertEquals(ConnectionState.OFFLINE, connector.status().state(), "unstarted");
			}
		} finally {
			tracker.close();
		}
	}
}
