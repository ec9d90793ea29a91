package com.switchdesk.store.tests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * A plain JVM running a main class of this fragment with the jars of the test runtime: the bundles the store
 * needs, and Derby's jars copied out of the Derby bundle (they are nested in it). Its output lines arrive in a
 * queue, so the test waits for them with a time-out instead of sleeping.
 */
final class ChildJvm implements AutoCloseable {

	private static final Set<String> BUNDLES = Set.of("com.switchdesk.store", "com.switchdesk.store.tests",
			"com.switchdesk.model", "com.switchdesk.callcontrol", "org.eclipse.emf.ecore", "org.eclipse.emf.common",
			"wrapped.com.belerweb.pinyin4j", "com.googlecode.ez-vcard", "com.github.mangstadt.vinnie");

	private final Process process;
	private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
	private final List<String> transcript = Collections.synchronizedList(new ArrayList<>());
	private final List<String> classpath;

	ChildJvm(Class<?> main, Path scratch, String... arguments) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command().orElse(System.getProperty("java.home") + "/bin/java"));
		command.add("-cp");
		classpath = classpath(scratch);
		command.add(String.join(java.io.File.pathSeparator, classpath));
		command.add(main.getName());
		Collections.addAll(command, arguments);
		process = new ProcessBuilder(command).redirectErrorStream(true).start();
		Thread reader = new Thread(() -> pump(process.getInputStream()), "child-jvm-output");
		reader.setDaemon(true);
		reader.start();
	}

	/** @return the next line that starts with {@code prefix}, or null when none came within the time-out */
	String awaitLine(String prefix, long seconds) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		while (true) {
			long left = deadline - System.nanoTime();
			String line = left <= 0 ? null : lines.poll(left, TimeUnit.NANOSECONDS);
			if (line == null || line.startsWith(prefix)) {
				return line;
			}
		}
	}

	/** Kills the JVM the hard way (SIGKILL): no shutdown hooks, no closing of files. */
	void kill() throws InterruptedException {
		process.destroyForcibly();
		if (!process.waitFor(30, TimeUnit.SECONDS)) {
			throw new IllegalStateException("the child JVM did not die within 30 s");
		}
	}

	/** @return everything the child printed so far and its class path, for failure messages */
	String output() {
		synchronized (transcript) {
			return String.join("\n", transcript) + "\n(class path: " + classpath + ")";
		}
	}

	@Override
	public void close() throws InterruptedException {
		if (process.isAlive()) {
			kill();
		}
	}

	private void pump(InputStream in) {
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				transcript.add(line);
				lines.add(line);
			}
		} catch (IOException e) {
			lines.add("(output ended: " + e + ")");
		}
	}

	private static List<String> classpath(Path scratch) throws IOException {
		List<String> entries = new ArrayList<>();
		for (Bundle bundle : FrameworkUtil.getBundle(ChildJvm.class).getBundleContext().getBundles()) {
			String name = bundle.getSymbolicName();
			if ("com.switchdesk.derby".equals(name)) {
				for (String jar : List.of("derby", "derbyshared", "derbytools", "derbynet", "derbyclient")) {
					entries.add(copyOut(bundle.getEntry("lib/" + jar + ".jar"), scratch.resolve(jar + ".jar")));
				}
			} else if (BUNDLES.contains(name)) {
				entries.add(file(bundle));
			}
		}
		if (entries.size() != BUNDLES.size() + 5) {
			throw new IllegalStateException("missing bundles in the test runtime: " + entries);
		}
		return entries;
	}

	private static Path installArea(Bundle bundle) {
		String area = bundle.getBundleContext() != null ? bundle.getBundleContext().getProperty("osgi.install.area")
				: FrameworkUtil.getBundle(ChildJvm.class).getBundleContext().getProperty("osgi.install.area");
		return Path.of(URI.create(area.replace(" ", "%20")));
	}

	private static String copyOut(URL entry, Path target) throws IOException {
		try (InputStream in = entry.openStream()) {
			Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
		}
		return target.toString();
	}

	/**
	 * Equinox locations look like "reference:file:/path/x.jar", or are relative to the install area
	 * ("reference:file:../../../bundles/x/target/x.jar"); a project folder has its classes in target/classes.
	 */
	private static String file(Bundle bundle) {
		String location = bundle.getLocation();
		int at = location.indexOf("file:");
		if (at < 0) {
			throw new IllegalStateException("not a file location: " + location);
		}
		String file = location.substring(at + "file:".length());
		Path path = file.startsWith("/") ? Path.of(URI.create("file:" + file.replace(" ", "%20")))
				: installArea(bundle).resolve(file).normalize();
		Path classes = path.resolve("target/classes");
		if (Files.isDirectory(path) && Files.isDirectory(classes)) {
			return classes.toString();
		}
		return path.toString();
	}
}
