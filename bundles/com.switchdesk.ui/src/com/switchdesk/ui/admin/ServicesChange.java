package com.switchdesk.ui.admin;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.switchdesk.pbx.model.ExtensionServices;

/**
 * What a batch sets: a value for each ticked field. Fields that are not in the change keep each
 * extension's own value.
 *
 * @param values the new value of each field to change
 */
record ServicesChange(Map<ServiceField, Object> values) {

	ServicesChange {
		EnumMap<ServiceField, Object> copy = new EnumMap<>(ServiceField.class);
		copy.putAll(values);
		values = Collections.unmodifiableMap(copy);
	}

	/** One field of one extension that the change would alter. */
	record FieldChange(ServiceField field, Object from, Object to) {
	}

	boolean isEmpty() {
		return values.isEmpty();
	}

	/**
	 * The extension's services with this change applied.
	 *
	 * @throws IllegalArgumentException when the result is not valid services (e.g. a hotline without a number)
	 */
	ExtensionServices applyTo(ExtensionServices services) {
		ExtensionServices.Builder b = services.toBuilder();
		values.forEach((field, value) -> field.set(b, services, value));
		return b.build();
	}

	/** The fields whose value this change would alter on this extension, in field order. */
	List<FieldChange> differences(ExtensionServices services) {
		List<FieldChange> changes = new ArrayList<>();
		values.forEach((field, value) -> {
			Object now = field.get(services);
			if (!Objects.equals(now, value)) {
				changes.add(new FieldChange(field, now, value));
			}
		});
		return changes;
	}
}
