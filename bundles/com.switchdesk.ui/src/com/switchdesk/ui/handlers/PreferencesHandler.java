package com.switchdesk.ui.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.preference.PreferenceManager;
import org.eclipse.jface.preference.PreferenceNode;
import org.eclipse.swt.widgets.Shell;

import com.switchdesk.callcontrol.PbxConnection;
import com.switchdesk.ui.WidgetIds;
import com.switchdesk.ui.prefs.ConnectionPreferencePage;
import com.switchdesk.ui.prefs.LanguageChoice;
import com.switchdesk.ui.prefs.LanguagePreferencePage;

/**
 * Opens the preferences: this PC's PBX connection (simulator or serial port and its parameters) and the
 * console's language.
 */
public class PreferencesHandler {

	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, @Optional PbxConnection connection) {
		PreferenceManager pages = new PreferenceManager();
		pages.addToRoot(new PreferenceNode("connection", new ConnectionPreferencePage(connection)));
		pages.addToRoot(new PreferenceNode("language", new LanguagePreferencePage(LanguageChoice.forThisUser())));
		PreferenceDialog dialog = new PreferenceDialog(shell, pages) {
			@Override
			protected void configureShell(Shell newShell) {
				super.configureShell(newShell);
				WidgetIds.tag(newShell, "preferences.dialog");
			}
		};
		dialog.open();
	}
}
