package com.switchdesk.ui.tests.driver;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Real keyboard and mouse input through the X server's XTEST extension, sent with {@code xdotool}.
 * <p>
 * SWT's {@code Display.post} on GTK 3 only puts synthetic GDK events in the queue, which GTK
 * buttons ignore (no pointer crossing) and which lose modifier state; XTEST input is what a user's
 * hand produces, so every widget reacts as it does in real use.
 */
final class XInput {

	/** Moves the pointer (no --sync: it waits for a motion that never comes if the pointer is there). */
	void move(int x, int y) {
		run("mousemove", String.valueOf(x), String.valueOf(y));
	}

	/** Clicks where the pointer is. */
	void click(int button, int count) {
		run("click", "--repeat", String.valueOf(count), "--delay", "60", String.valueOf(button));
	}

	void type(String text) {
		run("type", "--delay", "20", "--", text);
	}

	void key(String keys) {
		run("key", "--delay", "20", "--", keys);
	}

	private static void run(String... args) {
		List<String> command = new ArrayList<>();
		command.add("xdotool");
		command.addAll(List.of(args));
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			if (!process.waitFor(10, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new AssertionError("xdotool did not finish: " + command);
			}
			String output = new String(process.getInputStream().readAllBytes());
			if (process.exitValue() != 0) {
				throw new AssertionError("xdotool failed (" + process.exitValue() + "): " + command + "\n" + output);
			}
		} catch (IOException e) {
			throw new AssertionError("xdotool is needed for UI tests (Debian package xdotool): " + e.getMessage(), e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError("Interrupted while sending input", e);
		}
	}
}
