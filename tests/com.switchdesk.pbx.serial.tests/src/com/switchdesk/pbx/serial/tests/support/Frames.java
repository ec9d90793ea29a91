package com.switchdesk.pbx.serial.tests.support;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import com.switchdesk.pbx.serial.internal.codec.Counters;
import com.switchdesk.pbx.serial.internal.codec.Frame;
import com.switchdesk.pbx.serial.internal.codec.FrameDecoder;

/** Helpers to look into the bytes on the wire. */
public final class Frames {

	private Frames() {
	}

	/** The frames in {@code bytes} (a fresh decoder, so a leading flag is needed). */
	public static List<Frame> decode(byte[] bytes) {
		List<Frame> frames = new ArrayList<>();
		new FrameDecoder(new Counters()).feed(bytes, frames::add);
		return frames;
	}

	/** The single frame in {@code bytes}, or null. */
	public static Frame frame(byte[] bytes) {
		List<Frame> frames = decode(bytes);
		return frames.size() == 1 ? frames.get(0) : null;
	}

	public static boolean isType(byte[] bytes, int type) {
		Frame f = frame(bytes);
		return f != null && f.type() == type;
	}

	/** Parses "7E 00 0A ..." (blanks and line breaks ignored). */
	public static byte[] hex(String text) {
		return HexFormat.of().parseHex(text.replaceAll("\\s+", ""));
	}

	/** "7E 00 0A ..." */
	public static String hex(byte[] bytes) {
		return HexFormat.ofDelimiter(" ").withUpperCase().formatHex(bytes);
	}
}
