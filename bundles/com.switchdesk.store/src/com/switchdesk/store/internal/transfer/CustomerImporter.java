package com.switchdesk.store.internal.transfer;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.switchdesk.model.Customer;
import com.switchdesk.store.Problem;
import com.switchdesk.store.ProblemCode;
import com.switchdesk.store.internal.Messages;
import com.switchdesk.store.internal.customer.CustomerRules;
import com.switchdesk.store.internal.customer.CustomerTable;
import com.switchdesk.store.internal.customer.CustomerWriter;
import com.switchdesk.store.internal.customer.Pinyin;
import com.switchdesk.store.internal.db.IdAllocator;
import com.switchdesk.store.internal.db.SqlStates;
import com.switchdesk.store.transfer.CustomerTransferService;
import com.switchdesk.store.transfer.ImportMode;
import com.switchdesk.store.transfer.ImportProblem;
import com.switchdesk.store.transfer.ImportResult;

/**
 * Writes the rows of one import file in one transaction on the caller's connection (auto-commit off). While
 * every row is good, rows go to the database in batches. At the first problem everything written is rolled
 * back and the importer only checks the remaining rows, so that the user gets every problem of the file at
 * once (up to {@value CustomerTransferService#MAX_REPORTED_PROBLEMS}). A number already stored is found by the
 * unique index while writing and by a look-up while checking.
 */
final class CustomerImporter {

	private static final int BATCH = 500;

	private final Connection connection;
	private final IdAllocator ids;
	private final ImportMode mode;
	private final Instant now;
	private final CustomerWriter writer;
	private final List<ImportRow> batch = new ArrayList<>();
	private final Map<String, Long> firstLineOf = new HashMap<>();
	private final List<ImportProblem> problems = new ArrayList<>();
	private boolean truncated;
	private boolean writing = true;
	private boolean cleared;
	private long rows;
	private long replaced;

	CustomerImporter(Connection connection, IdAllocator ids, Pinyin pinyin, ImportMode mode, Clock clock)
			throws SQLException {
		this.connection = connection;
		this.ids = ids;
		this.mode = mode;
		this.now = clock.instant();
		this.writer = new CustomerWriter(connection, pinyin);
	}

	/** @return false when enough problems were found: stop reading */
	boolean accept(ImportRow row) throws SQLException {
		rows++;
		List<ImportProblem> found = new ArrayList<>(row.problems());
		Customer customer = row.customer();
		if (customer != null) {
			for (Problem problem : CustomerRules.check(customer)) {
				String column = row.columnOf().apply(problem.field());
				found.add(new ImportProblem(row.line(), column, problem.code(), column.isEmpty()
						? Messages.get("import.problemAtLine", row.line(), problem.message())
						: Messages.get("import.problemAt", row.line(), column, problem.message())));
			}
			if (found.isEmpty()) {
				found.addAll(duplicatesInFile(row));
			}
		}
		if (!found.isEmpty()) {
			stopWriting();
			return report(found);
		}
		if (writing) {
			batch.add(row);
			if (batch.size() == BATCH) {
				flush();
			}
		} else if (mode == ImportMode.ADD) {
			return report(takenNumbers(List.of(row)));
		}
		return !truncated;
	}

	/** Problems with the file as a whole (encoding, quoting, header): nothing will be written. */
	boolean fail(List<ImportProblem> fileProblems) throws SQLException {
		stopWriting();
		return report(fileProblems);
	}

	long rows() {
		return rows;
	}

	boolean isWriting() {
		return writing;
	}

	/** Commits when the file was good; rolls back otherwise. */
	ImportResult finish() throws SQLException {
		if (writing && !batch.isEmpty()) {
			flush();
		}
		writer.close();
		if (!writing || !problems.isEmpty()) {
			connection.rollback();
			return new ImportResult.Rejected(problems, truncated);
		}
		connection.commit();
		return new ImportResult.Imported(rows, replaced);
	}

	void cancel() throws SQLException {
		writer.close();
		connection.rollback();
	}

	/** Releases the statements also when the import ended with an exception (closing twice is harmless). */
	void release() {
		try {
			writer.close();
		} catch (SQLException e) {
			// the connection is going back to the pool, which rolls back and may discard it
		}
	}

	private List<ImportProblem> duplicatesInFile(ImportRow row) {
		List<ImportProblem> found = new ArrayList<>();
		var numbers = row.customer().getNumbers();
		for (int i = 0; i < numbers.size(); i++) {
			String normalized = CustomerRules.normalized(numbers.get(i));
			Long first = firstLineOf.putIfAbsent(normalized, row.line());
			if (first != null && first != row.line()) {
				String column = row.columnOf().apply("numbers[" + i + "]");
				found.add(new ImportProblem(row.line(), column, ProblemCode.DUPLICATE_NUMBER,
						Messages.get("import.numberTwice", row.line(), column, numbers.get(i).getNumber().strip(), first)));
			}
		}
		return found;
	}

	private void flush() throws SQLException {
		if (mode == ImportMode.REPLACE_ALL && !cleared) {
			// only once the file's first rows passed every check: a rejected file never deletes anything
			replaced = CustomerTable.deleteAll(connection);
			cleared = true;
		}
		try {
			for (ImportRow row : batch) {
				writer.add(ids.next(connection), row.customer(), now, now);
			}
			writer.flush();
			batch.clear();
		} catch (SQLException e) {
			if (!SqlStates.hasState(e, SqlStates.DUPLICATE_KEY)) {
				throw e;
			}
			// a number of this batch is already stored: find which, with the database as it was
			List<ImportRow> failed = List.copyOf(batch);
			stopWriting();
			report(takenNumbers(failed));
		}
	}

	private List<ImportProblem> takenNumbers(List<ImportRow> checked) throws SQLException {
		List<ImportProblem> found = new ArrayList<>();
		for (ImportRow row : checked) {
			var numbers = row.customer().getNumbers();
			Map<String, CustomerTable.Owner> owners = CustomerTable.owners(connection,
					numbers.stream().map(CustomerRules::normalized).toList());
			for (int i = 0; i < numbers.size(); i++) {
				CustomerTable.Owner owner = owners.get(CustomerRules.normalized(numbers.get(i)));
				if (owner != null) {
					String column = row.columnOf().apply("numbers[" + i + "]");
					found.add(new ImportProblem(row.line(), column, ProblemCode.NUMBER_TAKEN, Messages.get("import.numberTaken",
							row.line(), column, numbers.get(i).getNumber().strip(), owner.name(), owner.id())));
				}
			}
		}
		return found;
	}

	private void stopWriting() throws SQLException {
		if (writing) {
			writing = false;
			batch.clear();
			connection.rollback();
		}
	}

	private boolean report(List<ImportProblem> found) {
		for (ImportProblem problem : found) {
			if (problems.size() == CustomerTransferService.MAX_REPORTED_PROBLEMS) {
				truncated = true;
				return false;
			}
			problems.add(problem);
		}
		return true;
	}
}
