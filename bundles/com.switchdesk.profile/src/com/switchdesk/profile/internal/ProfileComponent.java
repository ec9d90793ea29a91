package com.switchdesk.profile.internal;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import com.switchdesk.profile.CustomerProfile;
import com.switchdesk.profile.InvalidProfileException;
import com.switchdesk.profile.ProfileProblem;
import com.switchdesk.profile.ProfileService;
import com.switchdesk.profile.Profiles;

/**
 * The active profile as an OSGi service: the folder in the system property {@value Profiles#SYSTEM_PROPERTY},
 * read once when the service starts. An unusable folder does not stop the console: it runs with the
 * built-in default, logs every problem, and {@link #problems()} lets the UI say so.
 */
@Component(service = ProfileService.class)
public final class ProfileComponent implements ProfileService {

	private static final System.Logger LOG = System.getLogger(ProfileComponent.class.getName());

	private final CustomerProfile active;
	private final List<ProfileProblem> problems;

	public ProfileComponent() {
		this(System.getProperty(Profiles.SYSTEM_PROPERTY));
	}

	/** @param folder the profile folder, or {@code null} or blank for the built-in default */
	ProfileComponent(String folder) {
		CustomerProfile profile = Profiles.builtIn();
		List<ProfileProblem> found = List.of();
		if (folder != null && !folder.isBlank()) {
			try {
				profile = Profiles.read(Path.of(folder));
			} catch (InvalidProfileException e) {
				found = e.problems();
				LOG.log(Level.ERROR, "The customer profile " + folder
						+ " cannot be used; running with the built-in default. Problems:\n" + e.getMessage());
			}
		}
		this.active = profile;
		this.problems = found;
	}

	@Override
	public CustomerProfile active() {
		return active;
	}

	@Override
	public List<ProfileProblem> problems() {
		return problems;
	}
}
