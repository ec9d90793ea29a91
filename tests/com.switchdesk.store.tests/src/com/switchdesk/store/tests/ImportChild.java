package com.switchdesk.store.tests;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;

import com.switchdesk.store.OperatorPositions;
import com.switchdesk.store.OperatorSession;
import com.switchdesk.store.internal.StoreCore;
import com.switchdesk.store.internal.account.AccountServiceImpl;
import com.switchdesk.store.internal.db.StoreConfig;
import com.switchdesk.store.internal.transfer.CustomerTransferServiceImpl;
import com.switchdesk.store.transfer.CsvOptions;
import com.switchdesk.store.transfer.TaskMonitor;

/**
 * Runs in a plain JVM started by {@link F07ImportKillTest}: logs in and imports a CSV file through the real
 * services, printing "rows N" as it goes, so that the test can kill it in the middle.
 * <p>
 * {@code java -cp … com.switchdesk.store.tests.ImportChild <database folder> <csv file> <admin password>}
 */
public final class ImportChild {

	private ImportChild() {
	}

	public static void main(String[] args) throws Exception {
		StoreCore core = new StoreCore(StoreConfig.embedded(Path.of(args[0])), Clock.systemUTC());
		AccountServiceImpl accounts = new AccountServiceImpl(core);
		OperatorSession admin = accounts.login("8000", "admin", args[2].toCharArray(),
				OperatorPositions.of(Set.of("8000"), Set.of())).session().orElseThrow();
		System.out.println("logged in");
		var result = new CustomerTransferServiceImpl(core).importCsv(admin, Path.of(args[1]), CsvOptions.defaults(),
				new TaskMonitor() {
					@Override
					public void progress(Progress progress) {
						System.out.println("rows " + progress.rows());
						System.out.flush();
					}

					@Override
					public boolean isCancelled() {
						return false;
					}
				});
		System.out.println("done " + result);
		core.close();
	}
}
