package com.switchdesk.pbx.serial.internal.codec;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Writes the protocol's primitive types, big-endian (see "Payload encoding" in docs/protocol.md).
 * Throws {@link IllegalArgumentException} for a value the encoding cannot carry (a string over
 * 65,535 bytes, a list over 65,535 items).
 */
public final class PayloadWriter {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream(64);

	public PayloadWriter u8(int v) {
		if (v < 0 || v > 0xFF) {
			throw new IllegalArgumentException("Value " + v + " does not fit in one byte");
		}
		out.write(v);
		return this;
	}

	public PayloadWriter bool(boolean v) {
		return u8(v ? 1 : 0);
	}

	public PayloadWriter u16(int v) {
		if (v < 0 || v > 0xFFFF) {
			throw new IllegalArgumentException("Value " + v + " does not fit in two bytes");
		}
		out.write(v >>> 8);
		out.write(v);
		return this;
	}

	public PayloadWriter i32(int v) {
		out.write(v >>> 24);
		out.write(v >>> 16);
		out.write(v >>> 8);
		out.write(v);
		return this;
	}

	public PayloadWriter u32(long v) {
		if (v < 0 || v > 0xFFFF_FFFFL) {
			throw new IllegalArgumentException("Value " + v + " does not fit in four bytes");
		}
		return i32((int) v);
	}

	public PayloadWriter i64(long v) {
		i32((int) (v >>> 32));
		return i32((int) v);
	}

	public PayloadWriter str(String s) {
		byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
		if (utf8.length > 0xFFFF) {
			throw new IllegalArgumentException("Text of " + utf8.length + " bytes is longer than 65,535 bytes");
		}
		u16(utf8.length);
		out.writeBytes(utf8);
		return this;
	}

	public PayloadWriter instant(Instant t) {
		i64(t.getEpochSecond());
		return u32(t.getNano());
	}

	public PayloadWriter time(LocalTime t) {
		u8(t.getHour());
		u8(t.getMinute());
		u8(t.getSecond());
		return u32(t.getNano());
	}

	public PayloadWriter dateTime(LocalDateTime t) {
		i32(t.getYear());
		u8(t.getMonthValue());
		u8(t.getDayOfMonth());
		return time(t.toLocalTime());
	}

	/** Bit 0 Monday … bit 6 Sunday. */
	public PayloadWriter days(Collection<DayOfWeek> days) {
		int mask = 0;
		for (DayOfWeek d : days) {
			mask |= 1 << (d.getValue() - 1);
		}
		return u8(mask);
	}

	public <T> PayloadWriter optional(Optional<T> value, BiConsumer<PayloadWriter, T> item) {
		bool(value.isPresent());
		value.ifPresent(v -> item.accept(this, v));
		return this;
	}

	public <T> PayloadWriter list(List<T> items, BiConsumer<PayloadWriter, T> item) {
		if (items.size() > 0xFFFF) {
			throw new IllegalArgumentException("A list of " + items.size() + " items is longer than 65,535");
		}
		u16(items.size());
		items.forEach(i -> item.accept(this, i));
		return this;
	}

	public PayloadWriter bytes(byte[] b) {
		out.writeBytes(b);
		return this;
	}

	public byte[] toByteArray() {
		return out.toByteArray();
	}
}
