package com.switchdesk.ui.settings;

import java.util.Set;

import org.eclipse.e4.core.contexts.IEclipseContext;

import com.switchdesk.model.Settings;

/**
 * Puts the settings the operator views use into the application context, merged from the store's saved
 * settings and the console's defaults (see {@link SavedSettings}). Put in the context by {@link SettingsAddon};
 * the settings view calls it after saving. Display thread only: views follow the context at once.
 */
public final class SettingsPublisher {

	private final IEclipseContext context;
	private final ConsoleSettings defaults;

	SettingsPublisher(IEclipseContext context, ConsoleSettings defaults) {
		this.context = context;
		this.defaults = defaults;
	}

	/**
	 * @param stored the store's settings
	 * @param saved  the attributes the store has saved; the others keep the console's defaults
	 */
	public void publish(Settings stored, Set<String> saved) {
		context.set(ConsoleSettings.class, SavedSettings.merge(defaults, stored, saved));
	}
}
