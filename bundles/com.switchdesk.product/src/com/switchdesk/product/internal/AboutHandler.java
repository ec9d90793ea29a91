package com.switchdesk.product.internal;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;

import com.switchdesk.licence.LicenceService;
import com.switchdesk.profile.ProfileService;
import com.switchdesk.profile.Profiles;

public class AboutHandler {

	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, @Optional ProfileService profiles,
			@Optional LicenceService licence) {
		Branding branding = Branding.of(profiles == null ? Profiles.builtIn() : profiles.active(), ConsoleLocale.current());
		new AboutDialog(shell, branding, licence).open();
	}
}
