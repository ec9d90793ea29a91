package com.switchdesk.store;

import java.nio.file.Path;

/**
 * Where the data lives, and its backup. For the administrator's "About the database" and backup actions.
 */
public interface StoreInfo {

	/** How this console reaches its database. */
	enum Mode {
		/** a database folder on this PC, used by this console only */
		EMBEDDED,
		/** a database folder on this PC that this console also serves to other consoles over the network */
		EMBEDDED_AND_SERVING,
		/** a shared database on a Derby network server */
		CLIENT
	}

	Mode mode();

	/** @return the database folder, or {@code host:port/name} of the server, for display */
	String location();

	/** @return the schema version the database has, which is the one this console knows */
	int schemaVersion();

	/**
	 * <i>Administrator</i>: an online backup of the whole database into a new folder inside {@code targetFolder}
	 * (operators keep working meanwhile). With a shared database, the folder is on the server's disk.
	 *
	 * @return the folder the backup was written to
	 */
	Path backup(OperatorSession session, Path targetFolder);
}
