package com.switchdesk.pbx.serial.internal.codec;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * The one-byte wire codes of an SPI enum, given in wire order (the first constant is code 0). Listed
 * explicitly rather than taken from {@code ordinal()} so that reordering the SPI enum cannot change
 * the protocol; a constant added to the SPI without a code fails at class initialisation.
 */
public final class EnumCode<E extends Enum<E>> {

	private final Class<E> type;
	private final Object[] byCode;
	private final Map<E, Integer> codes;

	private EnumCode(Class<E> type, Object[] inWireOrder) {
		this.type = type;
		this.byCode = inWireOrder;
		this.codes = new EnumMap<>(type);
		for (int i = 0; i < inWireOrder.length; i++) {
			codes.put(type.cast(inWireOrder[i]), i);
		}
		if (codes.size() != type.getEnumConstants().length || codes.size() != inWireOrder.length) {
			throw new IllegalStateException("Wire codes of " + type.getSimpleName() + " must list every constant once: "
					+ Arrays.toString(inWireOrder));
		}
	}

	@SafeVarargs
	public static <E extends Enum<E>> EnumCode<E> of(Class<E> type, E... inWireOrder) {
		Object[] copy = new Object[inWireOrder.length];
		for (int i = 0; i < copy.length; i++) {
			copy[i] = inWireOrder[i];
		}
		return new EnumCode<>(type, copy);
	}

	public int code(E value) {
		return codes.get(value);
	}

	public void write(PayloadWriter w, E value) {
		w.u8(code(value));
	}

	public E read(PayloadReader r) throws MalformedPayloadException {
		int code = r.u8();
		if (code >= byCode.length) {
			throw new MalformedPayloadException("Unknown " + type.getSimpleName() + " code " + code);
		}
		return type.cast(byCode[code]);
	}

	/** The constants in wire order, for the protocol document's tables. */
	public E[] inWireOrder() {
		E[] values = type.getEnumConstants().clone();
		for (int i = 0; i < byCode.length; i++) {
			values[i] = type.cast(byCode[i]);
		}
		return values;
	}
}
