package com.switchdesk.store.internal.transfer;

import java.util.List;
import java.util.function.UnaryOperator;

import com.switchdesk.model.Customer;
import com.switchdesk.store.transfer.ImportProblem;

/**
 * One customer read from a file, before the customer rules.
 *
 * @param line     where it starts in the file
 * @param customer the customer; null when the record could not be read at all
 * @param problems what was wrong with its cells already
 * @param columnOf the file's column (header or vCard property) for a model field such as "name", "numbers[2]"
 */
record ImportRow(long line, Customer customer, List<ImportProblem> problems, UnaryOperator<String> columnOf) {
}
