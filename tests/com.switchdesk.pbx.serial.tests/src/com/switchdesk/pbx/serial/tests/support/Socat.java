package com.switchdesk.pbx.serial.tests.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A pseudo-terminal pair made by socat, linked at {@code dir/ttyA} and {@code dir/ttyB}: a null-modem
 * cable in software. {@link #pullCable()} kills socat, which closes both ends under their users.
 */
public final class Socat implements AutoCloseable {

	private final Process process;
	private final Path a;
	private final Path b;

	private Socat(Process process, Path a, Path b) {
		this.process = process;
		this.a = a;
		this.b = b;
	}

	/** Starts socat and waits until both links exist. */
	public static Socat start(Path dir, Duration timeout) throws IOException {
		Path a = dir.resolve("ttyA");
		Path b = dir.resolve("ttyB");
		Process p = new ProcessBuilder("socat", "-d", "-d", "pty,raw,echo=0,link=" + a, "pty,raw,echo=0,link=" + b)
				.redirectErrorStream(true).redirectOutput(dir.resolve("socat-" + System.nanoTime() + ".log").toFile())
				.start();
		Socat socat = new Socat(p, a, b);
		Await.until(() -> Files.exists(a) && Files.exists(b) || !p.isAlive(), timeout,
				() -> "socat to create " + a + " and " + b);
		if (!p.isAlive()) {
			throw new IOException("socat exited with " + p.exitValue() + "; see the log in " + dir);
		}
		return socat;
	}

	/** Whether socat can be run here. */
	public static boolean available() {
		try {
			Process p = new ProcessBuilder("socat", "-V").redirectErrorStream(true).start();
			p.getInputStream().readAllBytes();
			return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
		} catch (IOException e) {
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	public Path a() {
		return a;
	}

	public Path b() {
		return b;
	}

	/** Kills socat and waits for it to exit: both pseudo-terminals go away. */
	public void pullCable() {
		process.destroy();
		try {
			if (!process.waitFor(5, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() {
		if (process.isAlive()) {
			pullCable();
		}
	}
}
