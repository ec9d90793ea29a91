package com.switchdesk.store;

import java.util.List;
import java.util.stream.Collectors;

/** Input was refused; nothing was stored. Lists every problem found, not only the first. */
public class ValidationException extends StoreException {

	private static final long serialVersionUID = 1L;

	private final transient List<Problem> problems;

	public ValidationException(List<Problem> problems) {
		super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
		this.problems = List.copyOf(problems);
	}

	public ValidationException(Problem problem) {
		this(List.of(problem));
	}

	/** @return at least one problem */
	public List<Problem> problems() {
		return problems;
	}

	/** @return true when one of the problems has this code */
	public boolean has(ProblemCode code) {
		return problems.stream().anyMatch(p -> p.code() == code);
	}
}
