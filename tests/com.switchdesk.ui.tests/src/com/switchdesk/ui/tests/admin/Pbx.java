package com.switchdesk.ui.tests.admin;

import java.util.concurrent.TimeUnit;

import com.switchdesk.callcontrol.PbxConnection;
import com.switchdesk.pbx.command.PbxCommand;
import com.switchdesk.ui.tests.driver.Services;

/** Commands sent straight to the product's PBX connector, to prepare and check what the views show. */
final class Pbx {

	private Pbx() {
	}

	static <R> R run(PbxCommand<R> command) {
		try {
			return Services.get(PbxConnection.class).connector().execute(command).toCompletableFuture()
					.get(10, TimeUnit.SECONDS);
		} catch (Exception e) {
			throw new AssertionError("The PBX did not carry out " + command + ": " + e, e);
		}
	}
}
