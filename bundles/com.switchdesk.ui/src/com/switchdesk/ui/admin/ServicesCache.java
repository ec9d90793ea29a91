package com.switchdesk.ui.admin;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import com.switchdesk.pbx.PbxConnector;
import com.switchdesk.pbx.command.ReadExtensionServices;
import com.switchdesk.pbx.model.ExtensionServices;

/**
 * The services of the extensions the administrator looks at, read from the PBX on first sight and
 * kept current from its {@code ServicesChanged} events. Thread-safe: reads complete on the
 * connector's thread; {@code changed} is told (from any thread) whenever something arrived.
 */
final class ServicesCache {

	private final Map<String, ExtensionServices> known = new ConcurrentHashMap<>();
	private final Set<String> loading = ConcurrentHashMap.newKeySet();
	private final Supplier<Optional<PbxConnector>> pbx;
	private final Runnable changed;

	ServicesCache(Supplier<Optional<PbxConnector>> pbx, Runnable changed) {
		this.pbx = pbx;
		this.changed = changed;
	}

	/** The services if known; otherwise starts reading them and returns empty. */
	Optional<ExtensionServices> get(String number) {
		ExtensionServices s = known.get(number);
		if (s == null && loading.add(number)) {
			Optional<PbxConnector> connector = pbx.get();
			if (connector.isEmpty()) {
				loading.remove(number);
			} else {
				connector.get().execute(new ReadExtensionServices(number)).whenComplete((read, error) -> {
					loading.remove(number);
					if (read != null) {
						put(read);
					}
				});
			}
		}
		return Optional.ofNullable(s);
	}

	/** Reads the services afresh from the PBX (the batch always works on what the PBX has now). */
	CompletionStage<ExtensionServices> read(PbxConnector connector, String number) {
		return connector.execute(new ReadExtensionServices(number)).thenApply(read -> {
			put(read);
			return read;
		});
	}

	void put(ExtensionServices services) {
		known.put(services.number(), services);
		changed.run();
	}

	/** Forgets everything, e.g. after reconnecting to a PBX that may have been changed meanwhile. */
	void clear() {
		known.clear();
		changed.run();
	}
}
