package com.switchdesk.store.transfer;

/** What an import does with the customers already stored. */
public enum ImportMode {
	/**
	 * Adds the file's customers; a number that already belongs to a stored customer rejects the file (naming
	 * the line and the customer).
	 */
	ADD,
	/**
	 * Replaces every stored customer with the file's, in the same transaction (restoring an export). When the
	 * file is rejected or the import cancelled, the stored customers stay as they were.
	 */
	REPLACE_ALL
}
