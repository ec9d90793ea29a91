package com.switchdesk.store.transfer;

import java.util.List;

/** How an import ended. Only {@link Imported} changed the database. */
public sealed interface ImportResult {

	/**
	 * Every customer of the file is stored.
	 *
	 * @param customers the number of customers imported
	 * @param replaced  the number of customers removed first ({@link ImportMode#REPLACE_ALL}), else 0
	 */
	record Imported(long customers, long replaced) implements ImportResult {
	}

	/**
	 * The file was refused; nothing was stored.
	 *
	 * @param problems  the problems, in file order, at most
	 *                  {@value CustomerTransferService#MAX_REPORTED_PROBLEMS}
	 * @param truncated true when there were more problems than listed
	 */
	record Rejected(List<ImportProblem> problems, boolean truncated) implements ImportResult {
		public Rejected {
			problems = List.copyOf(problems);
		}
	}

	/** The monitor asked to stop; nothing was stored. @param rowsRead records read before stopping */
	record Cancelled(long rowsRead) implements ImportResult {
	}
}
