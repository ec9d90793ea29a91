package com.switchdesk.ui.alerts;

import java.util.List;

/**
 * The bundled ringtones, synthesised rather than shipped as sound files: each is a repeating
 * pattern of (frequencies, duration) notes. Tone "0" rings for internal callers (seed 3.3.3).
 */
public final class Tones {

	/** One step of a pattern: up to two mixed frequencies (0 = silence) for a duration. */
	record Note(double f1, double f2, int millis) {
	}

	/** A ringtone: its id, its name and its pattern (one cycle). */
	public record Tone(String id, String name, List<Note> pattern) {
	}

	public static final List<Tone> ALL = List.of(
			new Tone("0", "Internal double ring", List.of(new Note(400, 450, 400), new Note(0, 0, 200),
					new Note(400, 450, 400), new Note(0, 0, 2000))),
			new Tone("1", "Classic ring", List.of(new Note(425, 0, 1000), new Note(0, 0, 2000))),
			new Tone("2", "Chime", List.of(new Note(523, 0, 250), new Note(659, 0, 250), new Note(784, 0, 500),
					new Note(0, 0, 1500))),
			new Tone("3", "Digital", List.of(new Note(1000, 0, 120), new Note(0, 0, 80), new Note(1000, 0, 120),
					new Note(0, 0, 80), new Note(1000, 0, 120), new Note(0, 0, 1500))),
			new Tone("4", "Soft bell", List.of(new Note(880, 1320, 600), new Note(0, 0, 1800))));

	private Tones() {
	}

	/** The tone with this id, or tone 1 for an unknown or empty id. */
	public static Tone byId(String id) {
		return ALL.stream().filter(t -> t.id().equals(id)).findFirst().orElse(ALL.get(1));
	}

	/** One cycle of the tone as 16-bit signed little-endian mono PCM at {@code rate} Hz. */
	static byte[] pcm(Tone tone, int rate) {
		int samples = tone.pattern().stream().mapToInt(n -> n.millis() * rate / 1000).sum();
		byte[] out = new byte[samples * 2];
		int i = 0;
		for (Note n : tone.pattern()) {
			int count = n.millis() * rate / 1000;
			for (int k = 0; k < count; k++, i++) {
				double t = (double) k / rate;
				double v = 0;
				if (n.f1() > 0) {
					v += Math.sin(2 * Math.PI * n.f1() * t);
				}
				if (n.f2() > 0) {
					v += Math.sin(2 * Math.PI * n.f2() * t);
				}
				// a short fade in and out avoids clicks at note edges
				double edge = Math.min(1, Math.min(k, count - k) / (rate * 0.01));
				short s = (short) (v / 2 * edge * 0.6 * Short.MAX_VALUE);
				out[2 * i] = (byte) s;
				out[2 * i + 1] = (byte) (s >> 8);
			}
		}
		return out;
	}
}
