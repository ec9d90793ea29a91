package com.switchdesk.ui.alerts;

import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

/**
 * Plays a ringtone on the PC's speakers until stopped (F09). One tone at a time, on its own thread.
 * A PC without a sound device rings silently (logged once): the popup still tells the operator.
 */
public final class RingtonePlayer {

	private static final Logger LOG = Logger.getLogger(RingtonePlayer.class.getName());
	private static final int RATE = 8000;

	private final AtomicReference<Thread> playing = new AtomicReference<>();
	private volatile String currentTone;
	private boolean warned;

	/** Starts ringing {@code toneId} (repeating); a different tone replaces the current one. */
	public synchronized void ring(String toneId, boolean repeat) {
		if (toneId.equals(currentTone)) {
			return;
		}
		stop();
		currentTone = toneId;
		byte[] cycle = Tones.pcm(Tones.byId(toneId), RATE);
		Thread t = new Thread(() -> play(cycle, repeat), "ringtone");
		t.setDaemon(true);
		playing.set(t);
		t.start();
	}

	public synchronized void stop() {
		Thread t = playing.getAndSet(null);
		currentTone = null;
		if (t != null) {
			t.interrupt();
		}
	}

	/** Whether a tone was asked for and not stopped (with or without a sound device). */
	public boolean isRinging() {
		return currentTone != null;
	}

	public String currentTone() {
		return currentTone;
	}

	private void play(byte[] cycle, boolean repeat) {
		AudioFormat format = new AudioFormat(RATE, 16, 1, true, false);
		try (SourceDataLine line = AudioSystem.getSourceDataLine(format)) {
			line.open(format, RATE);
			line.start();
			do {
				for (int off = 0; off < cycle.length && !Thread.currentThread().isInterrupted(); off += RATE / 5) {
					line.write(cycle, off, Math.min(RATE / 5, cycle.length - off));
				}
			} while (repeat && !Thread.currentThread().isInterrupted());
			line.drain();
		} catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
			if (!warned) {
				warned = true;
				LOG.log(Level.INFO, "No sound device: ringtones are silent (" + e.getMessage() + ")");
			}
		} finally {
			playing.compareAndSet(Thread.currentThread(), null);
		}
	}
}
