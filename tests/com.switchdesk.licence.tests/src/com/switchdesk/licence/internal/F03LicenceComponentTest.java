package com.switchdesk.licence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.util.tracker.ServiceTrackerCustomizer;

import com.switchdesk.licence.ActivationResult;
import com.switchdesk.licence.LicenceService;

/**
 * F03: the bundle as shipped: the service is declared through Declarative Services, the public key is in the
 * bundle, and codes from the vendor tool verify. The real service is never obtained here, because creating
 * it would read and write the real home folder and user preferences.
 */
class F03LicenceComponentTest {

	/** Issued by {@code java releng/licence-tool/LicenceTool.java issue ABCD-EFGH-JKLM-NPQR-STUV} (dev key). */
	private static final String TOOL_ISSUED_CODE = "ABCD-EFGH-JKLM-NPQR-STUV-JQNC-9QVL-6S4D-BVBB-Y4GH-SQX7-PFZR-QUYC"
			+ "-SH4U-5DGY-JLQQ-E546-2VDG-QNUX-U8YC-8HFD-TVR4-57EF-JLVT-J6CB-U3VR-2M5Q-KVYE-P8AM-F4D4-WDSA";

	@Test
	void f03_licenceServiceIsRegisteredByDeclarativeServices() throws InterruptedException {
		Bundle bundle = FrameworkUtil.getBundle(LicenceService.class);
		assertNotNull(bundle.getHeaders().get("Service-Component"), "Service-Component header generated");
		BundleContext context = FrameworkUtil.getBundle(F03LicenceComponentTest.class).getBundleContext();
		// track references only: getService would create the component on the real home folder
		ServiceTracker<LicenceService, ServiceReference<LicenceService>> tracker = new ServiceTracker<>(context,
				LicenceService.class, new ReferencesOnly());
		tracker.open();
		try {
			ServiceReference<LicenceService> reference = tracker.waitForService(10_000);
			assertNotNull(reference, "no LicenceService registered within 10 s: is the DS runtime started?");
			assertEquals(bundle, reference.getBundle());
		} finally {
			tracker.close();
		}
	}

	@Test
	void f03_bundledPublicKeyIsAnEd25519Key() {
		PublicKey key = VendorKeys.bundled();

		assertEquals("EdDSA", key.getAlgorithm());
	}

	@Test
	void f03_codeIssuedByTheVendorToolVerifies() throws IOException {
		String devPublicKey = fixture("/fixtures/dev-activation-public-key.pem");
		ActivationVerifier devKey = new ActivationVerifier(VendorKeys.readPem(devPublicKey));

		assertEquals(ActivationResult.ACTIVATED, devKey.check(TOOL_ISSUED_CODE, "ABCD-EFGH-JKLM-NPQR-STUV"));
		assertEquals(ActivationResult.WRONG_PC, devKey.check(TOOL_ISSUED_CODE, "ABCD-EFGH-JKLM-NPQR-STUW"));
	}

	private static String fixture(String path) throws IOException {
		try (InputStream in = F03LicenceComponentTest.class.getResourceAsStream(path)) {
			assertNotNull(in, "test fixture " + path);
			return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
		}
	}

	/** Keeps the reference instead of getting the service object. */
	private static final class ReferencesOnly
			implements ServiceTrackerCustomizer<LicenceService, ServiceReference<LicenceService>> {
		@Override
		public ServiceReference<LicenceService> addingService(ServiceReference<LicenceService> reference) {
			return reference;
		}

		@Override
		public void modifiedService(ServiceReference<LicenceService> reference, ServiceReference<LicenceService> tracked) {
			// nothing to update
		}

		@Override
		public void removedService(ServiceReference<LicenceService> reference, ServiceReference<LicenceService> tracked) {
			// nothing to release: no service object was obtained
		}
	}
}
