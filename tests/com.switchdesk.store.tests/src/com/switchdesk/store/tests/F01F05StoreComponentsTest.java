package com.switchdesk.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import com.switchdesk.callcontrol.CallerDirectory;
import com.switchdesk.model.LoginResult;
import com.switchdesk.store.AccountService;
import com.switchdesk.store.CallLogService;
import com.switchdesk.store.CustomerService;
import com.switchdesk.store.ExtensionGroupService;
import com.switchdesk.store.LoginAttempt;
import com.switchdesk.store.SettingsService;
import com.switchdesk.store.StoreInfo;
import com.switchdesk.store.transfer.CustomerTransferService;

/**
 * F01, F05 as shipped: the bundle's Declarative Services components register every service, on the database
 * named by the system property {@code switchdesk.db} (set by this test bundle's pom.xml).
 */
class F01F05StoreComponentsTest {

	@Test
	void f05_everyStoreServiceIsRegisteredByDeclarativeServices() throws InterruptedException {
		Bundle bundle = FrameworkUtil.getBundle(CustomerService.class);
		assertNotNull(bundle.getHeaders().get("Service-Component"), "Service-Component header generated");
		for (Class<?> type : List.of(StoreInfo.class, AccountService.class, CustomerService.class, CallerDirectory.class,
				CustomerTransferService.class, CallLogService.class, SettingsService.class, ExtensionGroupService.class)) {
			Object service = await(type);
			assertEquals(bundle, FrameworkUtil.getBundle(service.getClass()), type.getSimpleName());
		}
	}

	@Test
	void f01_f05_theRegisteredServicesWorkOnTheConfiguredDatabase() throws InterruptedException {
		StoreInfo info = await(StoreInfo.class);
		String configured = System.getProperty("switchdesk.db");
		assertNotNull(configured, "switchdesk.db is set for this test runtime");
		assertEquals(Path.of(configured).toAbsolutePath().toString(), info.location());
		assertEquals(StoreInfo.Mode.EMBEDDED, info.mode());

		assertTrue(await(CallerDirectory.class).lookup("13800138000").isEmpty());
		LoginAttempt login = await(AccountService.class).login("8000", "admin", "wrong-password".toCharArray(),
				extension -> com.switchdesk.store.OperatorPositions.Position.OPERATOR_POSITION);
		assertEquals(LoginResult.WRONG_PASSWORD, login.result(), login.message());
		assertTrue(info.schemaVersion() >= 3);
	}

	private static <T> T await(Class<T> type) throws InterruptedException {
		BundleContext context = FrameworkUtil.getBundle(F01F05StoreComponentsTest.class).getBundleContext();
		ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
		tracker.open();
		T service = tracker.waitForService(10_000);
		assertNotNull(service, "no " + type.getName() + " registered within 10 s: is the DS runtime started?");
		return service;
	}
}
