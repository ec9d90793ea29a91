package com.switchdesk.ui.admin;

import java.util.List;

/**
 * One extension's line in the batch list: first as the preview shows it, then as applying it went.
 *
 * @param extension the extension
 * @param name      its user name, "" when none
 * @param office    whether it is an office extension (its services are protected)
 * @param changes   what the change alters on it, as last read from the PBX
 * @param status    preview verdict or result
 * @param detail    the PBX's reason for a refusal or failure, "" otherwise
 */
record BatchLine(String extension, String name, boolean office, List<ServicesChange.FieldChange> changes,
		Status status, String detail) {

	BatchLine {
		changes = List.copyOf(changes);
	}

	enum Status {
		/** Preview: the change alters this extension. */
		WILL_CHANGE(false),
		/** Preview: it already has these values. */
		NO_CHANGE(false),
		/** Preview: an office extension; the PBX will refuse. */
		WILL_BE_REFUSED(false),
		/** Preview: its services could not be read. */
		UNREADABLE(false),
		/** Being applied now. */
		APPLYING(false),
		DONE(true),
		/** Nothing to write: it had these values already. */
		UNCHANGED(true),
		REFUSED(true),
		/** Not sent: the batch was cancelled before it came to this extension. */
		CANCELLED(true);

		private final boolean result;

		Status(boolean result) {
			this.result = result;
		}

		boolean isResult() {
			return result;
		}
	}

	BatchLine with(Status newStatus, String newDetail) {
		return new BatchLine(extension, name, office, changes, newStatus, newDetail);
	}

	BatchLine with(List<ServicesChange.FieldChange> newChanges, Status newStatus, String newDetail) {
		return new BatchLine(extension, name, office, newChanges, newStatus, newDetail);
	}
}
