package com.switchdesk.licence.internal;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The licence's persistent state spread over several independent {@link ValueStore}s: reads take the best
 * valid value found in any store, writes go to all of them. Deleting or corrupting one store therefore
 * loses nothing as long as another holds the value, and the next write puts it back.
 * <p>
 * Not thread-safe: {@link TrialLicence} calls it under its own lock.
 */
final class LicenceRecords {

	static final String USAGE_KEY = "usage";
	static final String ACTIVATION_KEY = "activation";
	private static final Logger LOG = System.getLogger(LicenceRecords.class.getName());

	private final List<ValueStore> stores;
	private final UsageSeal seal;
	private final Set<ValueStore> failing = new HashSet<>();

	LicenceRecords(List<ValueStore> stores, UsageSeal seal) {
		if (stores.isEmpty()) {
			throw new IllegalArgumentException("the licence needs at least one store");
		}
		this.stores = List.copyOf(stores);
		this.seal = seal;
	}

	/** @return the largest validly sealed usage in any store; zero if none holds one */
	Duration readUsage() {
		long largest = 0;
		for (ValueStore store : stores) {
			Optional<String> stored = read(store, USAGE_KEY);
			if (stored.isPresent()) {
				OptionalLong millis = seal.open(stored.get());
				if (millis.isPresent()) {
					largest = Math.max(largest, millis.getAsLong());
				} else {
					// never trusted, and overwritten by the next write
					LOG.log(Level.WARNING, "Ignoring a tampered or foreign usage value in {0}", store.describe());
				}
			}
		}
		return Duration.ofMillis(largest);
	}

	/** @return {@code true} if at least one store now holds {@code used} */
	boolean writeUsage(Duration used) {
		return writeAll(USAGE_KEY, seal.seal(used.toMillis()));
	}

	/** @return every stored activation code, unchecked: the signature protects them, not the store */
	List<String> readActivationCodes() {
		List<String> codes = new ArrayList<>();
		for (ValueStore store : stores) {
			read(store, ACTIVATION_KEY).map(String::strip).filter(code -> !code.isEmpty()).ifPresent(codes::add);
		}
		return codes;
	}

	/** @return {@code true} if at least one store now holds {@code code} */
	boolean writeActivationCode(String code) {
		return writeAll(ACTIVATION_KEY, code);
	}

	private boolean writeAll(String key, String value) {
		boolean anyWritten = false;
		for (ValueStore store : stores) {
			try {
				store.write(key, value);
				anyWritten = true;
				if (failing.remove(store)) {
					LOG.log(Level.INFO, "Saving the licence in {0} works again", store.describe());
				}
			} catch (IOException e) {
				// usage is written every minute: warn when a store starts failing, not on every tick
				Level level = failing.add(store) ? Level.WARNING : Level.DEBUG;
				LOG.log(level, "Cannot save the licence {0} in {1}: {2}", key, store.describe(), e);
			} catch (RuntimeException e) {
				failing.add(store);
				LOG.log(Level.ERROR, "Bug while saving the licence " + key + " in " + store.describe(), e);
			}
		}
		return anyWritten;
	}

	private static Optional<String> read(ValueStore store, String key) {
		try {
			return store.read(key);
		} catch (IOException e) {
			LOG.log(Level.WARNING, "Cannot read the licence {0} from {1}: {2}", key, store.describe(), e);
			return Optional.empty();
		} catch (RuntimeException e) {
			LOG.log(Level.ERROR, "Bug while reading the licence " + key + " from " + store.describe(), e);
			return Optional.empty();
		}
	}
}
