package com.switchdesk.licence.internal;

import java.io.IOException;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a text that identifies this PC and stays the same across restarts: the Linux machine-id, else the
 * Windows MachineGuid, else the host name with the sorted hardware MAC addresses. Only its hashes leave this
 * class (registration code, usage-seal key), never the text itself.
 */
public final class MachineIdentity {

	private static final List<Path> MACHINE_ID_FILES = List.of(Path.of("/etc/machine-id"),
			Path.of("/var/lib/dbus/machine-id"));
	private static final Pattern MACHINE_GUID = Pattern.compile("MachineGuid\\s+REG_SZ\\s+(\\S+)");

	private MachineIdentity() {
	}

	/** @return this PC's identity, prefixed with where it came from; never blank */
	public static String read() {
		return linuxMachineId().map(id -> "machine-id:" + id)
				.or(() -> windowsMachineGuid().map(guid -> "machine-guid:" + guid))
				.orElseGet(() -> "host:" + hostName() + ";mac:" + String.join(",", hardwareAddresses()));
	}

	private static Optional<String> linuxMachineId() {
		for (Path file : MACHINE_ID_FILES) {
			try {
				String id = Files.readString(file, StandardCharsets.US_ASCII).trim();
				if (!id.isEmpty()) {
					return Optional.of(id);
				}
			} catch (IOException | SecurityException e) {
				// not Linux, or not readable: try the next source
			}
		}
		return Optional.empty();
	}

	private static Optional<String> windowsMachineGuid() {
		if (!System.getProperty("os.name", "").startsWith("Windows")) {
			return Optional.empty();
		}
		try {
			// Java has no registry API; reg.exe is on every Windows since XP
			Process reg = new ProcessBuilder("reg", "query", "HKLM\\SOFTWARE\\Microsoft\\Cryptography", "/v",
					"MachineGuid").redirectErrorStream(true).start();
			// the answer is a few lines, well inside the pipe buffer, so waiting before reading is safe
			if (!reg.waitFor(10, TimeUnit.SECONDS)) {
				reg.destroyForcibly();
				return Optional.empty();
			}
			String output = new String(reg.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			Matcher guid = MACHINE_GUID.matcher(output);
			return guid.find() ? Optional.of(guid.group(1)) : Optional.empty();
		} catch (IOException e) {
			return Optional.empty();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
	}

	private static String hostName() {
		// from the environment or /etc/hostname, not InetAddress, which may wait for DNS
		String name = System.getenv("COMPUTERNAME");
		if (name == null) {
			name = System.getenv("HOSTNAME");
		}
		if (name == null) {
			try {
				name = Files.readString(Path.of("/etc/hostname"), StandardCharsets.UTF_8).trim();
			} catch (IOException | SecurityException e) {
				name = "";
			}
		}
		return name.toLowerCase(Locale.ROOT);
	}

	/** Burnt-in MACs only: locally administered ones (VMs, containers, Wi-Fi privacy) change over time. */
	static List<String> hardwareAddresses() {
		List<String> addresses = new ArrayList<>();
		try {
			for (NetworkInterface nic : NetworkInterface.networkInterfaces().toList()) {
				byte[] mac = nic.isLoopback() || nic.isVirtual() ? null : nic.getHardwareAddress();
				if (mac != null && mac.length == 6 && (mac[0] & 0x02) == 0) {
					addresses.add(HexFormat.of().formatHex(mac));
				}
			}
		} catch (SocketException e) {
			// no network information: the host name alone has to do
		}
		return addresses.stream().distinct().sorted().toList();
	}
}
