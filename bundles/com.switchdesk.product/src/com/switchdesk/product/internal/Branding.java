package com.switchdesk.product.internal;

import java.net.MalformedURLException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.resource.ImageDescriptor;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

import com.switchdesk.profile.CustomerProfile;

/**
 * What the console shows of its customer: name, version, About text, vendor contact and pictures, taken
 * from the active customer profile in the language the console runs in. Pictures the profile does not give
 * are the product's own (this bundle's {@code icons/}), so the built-in default looks complete too.
 */
record Branding(String productName, String version, String aboutText, String vendorContact, ImageDescriptor logo,
		ImageDescriptor splash, List<ImageDescriptor> windowIcons) {

	private static final List<String> OWN_ICONS = List.of("app-16.png", "app-32.png", "app-48.png", "app-64.png",
			"app-128.png", "app-256.png");

	static Branding of(CustomerProfile profile, Locale locale) {
		List<ImageDescriptor> icons = profile.windowIcons().isEmpty()
				? OWN_ICONS.stream().map(Branding::own).toList()
				: profile.windowIcons().stream().map(Branding::file).toList();
		return new Branding(profile.productName().in(locale), bundleVersion(), profile.aboutText().in(locale),
				profile.vendorContact().in(locale), profile.logo().map(Branding::file).orElseGet(() -> own("app-128.png")),
				profile.splash().map(Branding::file).orElseGet(() -> own("splash.png")), icons);
	}

	/** @return e.g. {@code 1.0.0 (202611251414)}: the product bundle's version, qualifier = build time */
	static String bundleVersion() {
		Version v = FrameworkUtil.getBundle(Branding.class).getVersion();
		return v.getMajor() + "." + v.getMinor() + "." + v.getMicro()
				+ (v.getQualifier().isEmpty() ? "" : " (" + v.getQualifier() + ")");
	}

	private static ImageDescriptor own(String name) {
		return ImageDescriptor.createFromURLSupplier(true, () -> Branding.class.getResource("/icons/" + name));
	}

	private static ImageDescriptor file(Path path) {
		try {
			return ImageDescriptor.createFromURL(path.toUri().toURL());
		} catch (MalformedURLException e) {
			throw new IllegalArgumentException("not a file path: " + path, e);
		}
	}
}
