package com.switchdesk.store.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;

import com.switchdesk.store.OperatorSession;
import com.switchdesk.store.StoreException;
import com.switchdesk.store.StoreInfo;
import com.switchdesk.store.internal.Sessions.Need;
import com.switchdesk.store.internal.account.InitialAdministrator;
import com.switchdesk.store.internal.db.Database;
import com.switchdesk.store.internal.db.IdAllocator;
import com.switchdesk.store.internal.db.StoreConfig;

/**
 * What every store service shares: the database (opened on first use, so that a console whose database is
 * unreachable still starts and shows the reason at login), the clock, the open sessions and the customer id
 * blocks. Configured by the component properties or system properties of {@link StoreConfig}, read when the
 * database is first needed rather than when the component starts: call control binds the caller directory
 * early, and the product sets {@code switchdesk.db} in its start-up, before the login.
 */
@Component(service = { StoreCore.class, StoreInfo.class }, configurationPid = "com.switchdesk.store",
		configurationPolicy = ConfigurationPolicy.OPTIONAL)
public final class StoreCore implements StoreInfo, AutoCloseable {

	private final Supplier<StoreConfig> configuration;
	private final Clock clock;
	private final Sessions sessions = new Sessions();
	private final IdAllocator customerIds = new IdAllocator();
	private StoreConfig config; // guarded by this; resolved on first use
	private Database database; // guarded by this
	private boolean closed; // guarded by this

	@Activate
	public StoreCore(Map<String, Object> properties) {
		Map<String, Object> copy = Map.copyOf(properties);
		this.configuration = () -> StoreConfig.from(copy, System::getProperty);
		this.clock = Clock.systemUTC();
	}

	public StoreCore(StoreConfig config, Clock clock) {
		this.configuration = () -> config;
		this.clock = clock;
	}

	/** @return where the database is; fixed from the first call on */
	public synchronized StoreConfig config() {
		if (config == null) {
			config = configuration.get();
		}
		return config;
	}

	/**
	 * @return the open database; opens, migrates and creates the first administrator on first use
	 * @throws StoreException it cannot be opened; the next call tries again
	 */
	public synchronized Database database() {
		if (closed) {
			throw new StoreException(Messages.get("store.closed"));
		}
		if (database == null) {
			Database opened = Database.open(config(), clock);
			try {
				InitialAdministrator.ensure(opened, clock);
			} catch (RuntimeException e) {
				opened.close();
				throw e;
			}
			database = opened;
		}
		return database;
	}

	public Clock clock() {
		return clock;
	}

	public Sessions sessions() {
		return sessions;
	}

	public IdAllocator customerIds() {
		return customerIds;
	}

	@Override
	public Mode mode() {
		StoreConfig where = config();
		return !where.isEmbedded() ? Mode.CLIENT : where.isServing() ? Mode.EMBEDDED_AND_SERVING : Mode.EMBEDDED;
	}

	@Override
	public String location() {
		return config().describe();
	}

	@Override
	public int schemaVersion() {
		return database().schemaVersion();
	}

	@Override
	public Path backup(OperatorSession session, Path targetFolder) {
		sessions.require(session, Need.ADMINISTRATOR, Messages.get("what.backup"));
		String target = targetFolder.toAbsolutePath().toString();
		database().read(connection -> {
			try (var call = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
				call.setString(1, target);
				call.execute();
			}
			return null;
		});
		StoreConfig where = config();
		String name = (where.isEmbedded() ? where.folder() : Path.of(where.name())).getFileName().toString();
		return targetFolder.toAbsolutePath().resolve(name);
	}

	@Override
	@Deactivate
	public synchronized void close() {
		closed = true;
		if (database != null) {
			database.close();
			database = null;
		}
	}
}
