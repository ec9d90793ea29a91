package com.switchdesk.pbx.serial.internal.codec;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads what {@link PayloadWriter} writes; every read checks the bounds and the value. */
public final class PayloadReader {

	/** Reads one item; may throw like the reader. */
	@FunctionalInterface
	public interface Item<T> {
		T read(PayloadReader r) throws MalformedPayloadException;
	}

	private final byte[] data;
	private int pos;

	public PayloadReader(byte[] data) {
		this.data = data;
	}

	public int remaining() {
		return data.length - pos;
	}

	public int u8() throws MalformedPayloadException {
		need(1);
		return data[pos++] & 0xFF;
	}

	public boolean bool() throws MalformedPayloadException {
		int v = u8();
		if (v > 1) {
			throw new MalformedPayloadException("A boolean must be 0 or 1, not " + v);
		}
		return v == 1;
	}

	public int u16() throws MalformedPayloadException {
		need(2);
		int v = ((data[pos] & 0xFF) << 8) | (data[pos + 1] & 0xFF);
		pos += 2;
		return v;
	}

	public int i32() throws MalformedPayloadException {
		need(4);
		int v = ((data[pos] & 0xFF) << 24) | ((data[pos + 1] & 0xFF) << 16) | ((data[pos + 2] & 0xFF) << 8)
				| (data[pos + 3] & 0xFF);
		pos += 4;
		return v;
	}

	public long u32() throws MalformedPayloadException {
		return i32() & 0xFFFF_FFFFL;
	}

	public long i64() throws MalformedPayloadException {
		long high = i32();
		return (high << 32) | (i32() & 0xFFFF_FFFFL);
	}

	public String str() throws MalformedPayloadException {
		int n = u16();
		need(n);
		try {
			String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(data, pos, n)).toString();
			pos += n;
			return s;
		} catch (CharacterCodingException e) {
			throw new MalformedPayloadException("Text at byte " + pos + " is not valid UTF-8", e);
		}
	}

	public Instant instant() throws MalformedPayloadException {
		long seconds = i64();
		long nanos = nanos();
		try {
			return Instant.ofEpochSecond(seconds, nanos);
		} catch (DateTimeException e) {
			throw new MalformedPayloadException("Instant out of range: " + seconds + " s", e);
		}
	}

	public LocalTime time() throws MalformedPayloadException {
		int hour = u8();
		int minute = u8();
		int second = u8();
		long nanos = nanos();
		try {
			return LocalTime.of(hour, minute, second, (int) nanos);
		} catch (DateTimeException e) {
			throw new MalformedPayloadException("Bad time of day: " + e.getMessage(), e);
		}
	}

	public LocalDateTime dateTime() throws MalformedPayloadException {
		int year = i32();
		int month = u8();
		int day = u8();
		LocalTime time = time();
		try {
			return LocalDateTime.of(year, month, day, 0, 0).with(time);
		} catch (DateTimeException e) {
			throw new MalformedPayloadException("Bad date: " + e.getMessage(), e);
		}
	}

	public Set<DayOfWeek> days() throws MalformedPayloadException {
		int mask = u8();
		if ((mask & 0x80) != 0) {
			throw new MalformedPayloadException("Day mask bit 7 is unused and must be 0");
		}
		Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		for (DayOfWeek d : DayOfWeek.values()) {
			if ((mask & (1 << (d.getValue() - 1))) != 0) {
				days.add(d);
			}
		}
		return days;
	}

	public <T> Optional<T> optional(Item<T> item) throws MalformedPayloadException {
		return bool() ? Optional.of(item.read(this)) : Optional.empty();
	}

	public <T> List<T> list(Item<T> item) throws MalformedPayloadException {
		int n = u16();
		List<T> list = new ArrayList<>(Math.min(n, remaining()));
		for (int i = 0; i < n; i++) {
			list.add(item.read(this));
		}
		return list;
	}

	private long nanos() throws MalformedPayloadException {
		long nanos = u32();
		if (nanos > 999_999_999L) {
			throw new MalformedPayloadException("Nanoseconds must be below 1,000,000,000, not " + nanos);
		}
		return nanos;
	}

	private void need(int n) throws MalformedPayloadException {
		if (remaining() < n) {
			throw new MalformedPayloadException("Payload ends at byte " + data.length + "; " + n + " more bytes needed at byte " + pos);
		}
	}
}
