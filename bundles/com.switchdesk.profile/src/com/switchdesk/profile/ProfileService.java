package com.switchdesk.profile;

import java.util.List;

/**
 * The customer profile this console runs with, as an OSGi service. See the package documentation for
 * threading, blocking and null rules.
 */
public interface ProfileService {

	/**
	 * Returns the active profile: the folder named by the system property
	 * {@value Profiles#SYSTEM_PROPERTY} if it is valid, the built-in default otherwise. The same object for
	 * the life of the service. Never blocks.
	 *
	 * @return the profile, never {@code null}
	 */
	CustomerProfile active();

	/**
	 * Returns why the requested profile folder is not used: empty when it is used or none was requested;
	 * otherwise the console runs with the built-in default and should tell the user (and the log) so.
	 *
	 * @return the problems of the requested folder, never {@code null}
	 */
	List<ProfileProblem> problems();
}
