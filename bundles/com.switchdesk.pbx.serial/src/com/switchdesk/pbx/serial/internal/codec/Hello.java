package com.switchdesk.pbx.serial.internal.codec;

import java.util.Objects;

/**
 * The HELLO message (docs/protocol.md section 6).
 *
 * @param major    protocol major version; sides with different majors do not talk
 * @param minor    protocol minor version; informational
 * @param role     {@link #CONSOLE} or {@link #PBX}
 * @param session  console: its nonce for this handshake (never 0); PBX: the nonce it answers, 0 in an
 *                 announcement
 * @param bootId   PBX: changes whenever the PBX (re)starts, never 0; console: 0
 * @param software the sender's product or PBX model
 * @param version  the sender's software or firmware version
 */
public record Hello(int major, int minor, int role, long session, long bootId, String software, String version) {

	public static final int MAJOR = 1;
	public static final int MINOR = 0;
	public static final int CONSOLE = 1;
	public static final int PBX = 2;

	public Hello {
		Objects.requireNonNull(software);
		Objects.requireNonNull(version);
	}

	public static Hello console(long session, String software, String version) {
		return new Hello(MAJOR, MINOR, CONSOLE, session, 0, software, version);
	}

	public static Hello pbx(long session, long bootId, String model, String version) {
		return new Hello(MAJOR, MINOR, PBX, session, bootId, model, version);
	}

	public boolean fromPbx() {
		return role == PBX;
	}

	public boolean compatible() {
		return major == MAJOR;
	}

	public String protocol() {
		return major + "." + minor;
	}
}
