package com.switchdesk.profile;

import java.util.List;
import java.util.stream.Collectors;

/** A profile folder that cannot be used; {@link #problems()} lists everything found wrong, not just the first. */
public final class InvalidProfileException extends Exception {

	private static final long serialVersionUID = 1L;

	private final List<ProfileProblem> problems;

	/** @param problems at least one problem */
	public InvalidProfileException(List<ProfileProblem> problems) {
		super(problems.stream().map(ProfileProblem::toString).collect(Collectors.joining("\n")));
		if (problems.isEmpty()) {
			throw new IllegalArgumentException("an invalid profile has at least one problem");
		}
		this.problems = List.copyOf(problems);
	}

	/** @return every problem found, in file and line order; never empty */
	public List<ProfileProblem> problems() {
		return problems;
	}
}
