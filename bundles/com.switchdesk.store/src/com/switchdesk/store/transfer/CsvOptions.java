package com.switchdesk.store.transfer;

import java.nio.charset.Charset;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How to read a customer CSV.
 *
 * @param charset   the file's encoding; null to detect it: a UTF-8 byte-order mark or valid UTF-8 means
 *                  UTF-8, otherwise valid GBK means GBK, otherwise the file is refused naming the first bad line
 * @param delimiter the field separator, normally ','
 * @param mapping   header → field, for headers that are not recognised or should mean something else (an empty
 *                  map relies on {@link CustomerField}'s names); a header mapped to null is ignored
 * @param mode      what to do with the customers already stored
 */
public record CsvOptions(Charset charset, char delimiter, Map<String, CustomerField> mapping, ImportMode mode) {

	public CsvOptions {
		// not Map.copyOf: a header mapped to null (ignored) is allowed
		mapping = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(mapping)));
		Objects.requireNonNull(mode);
		if (delimiter == '"' || delimiter == '\n' || delimiter == '\r') {
			throw new IllegalArgumentException("not a usable delimiter: " + delimiter);
		}
	}

	/** Detected encoding, comma, recognised headers, adding to the stored customers. */
	public static CsvOptions defaults() {
		return new CsvOptions(null, ',', Map.of(), ImportMode.ADD);
	}

	public CsvOptions withCharset(Charset newCharset) {
		return new CsvOptions(newCharset, delimiter, mapping, mode);
	}

	public CsvOptions withMapping(Map<String, CustomerField> newMapping) {
		return new CsvOptions(charset, delimiter, newMapping, mode);
	}

	public CsvOptions withMode(ImportMode newMode) {
		return new CsvOptions(charset, delimiter, mapping, newMode);
	}
}
