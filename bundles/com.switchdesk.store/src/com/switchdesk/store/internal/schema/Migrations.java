package com.switchdesk.store.internal.schema;

import java.util.List;

/**
 * Every schema step in order. A new step goes at the end with the next version number; a released step is
 * never edited (databases out there already ran it): fix it with a new step.
 */
public final class Migrations {

	private static final List<Migration> ALL = List.of(
			new ScriptMigration(1, "accounts, login log, customers, settings, extension groups",
					"V1__initial.sql"),
			new SearchKeysMigration(),
			new ScriptMigration(3, "call log", "V3__call_log.sql"));

	private Migrations() {
	}

	/** @return the steps, ordered by version, versions 1, 2, 3, … without gaps */
	public static List<Migration> all() {
		return ALL;
	}

	/** @return the version this code works with */
	public static int latest() {
		return ALL.get(ALL.size() - 1).version();
	}
}
