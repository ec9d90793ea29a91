package com.switchdesk.product.internal;

import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Version;

/** What the About dialog and the window show about the product: its name, version and text. */
record Branding(String productName, String version, String aboutText) {

	static Branding current() {
		IProduct product = Platform.getProduct();
		if (product == null) {
			return new Branding("SwitchDesk", "?", "");
		}
		Version v = product.getDefiningBundle().getVersion();
		String text = product.getProperty("aboutText");
		return new Branding(product.getName(), v.getMajor() + "." + v.getMinor() + "." + v.getMicro()
				+ (v.getQualifier().isEmpty() ? "" : " (" + v.getQualifier() + ")"), text == null ? "" : text);
	}
}
