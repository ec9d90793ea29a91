package com.switchdesk.pbx.serial.internal.transport;

/** Why a port did not open, from the operating system's error number (errno on Linux). */
final class OpenErrors {

	private static final int ENOENT = 2;
	private static final int EACCES = 13;
	private static final int EAGAIN = 11;
	private static final int EBUSY = 16;
	private static final int ENOTTY = 25;

	private OpenErrors() {
	}

	static String describe(String port, int errno) {
		return switch (errno) {
		case ENOENT -> "Port " + port + " not found (is the cable or USB adapter plugged in?)";
		case EACCES -> "No permission to open port " + port
				+ " (on Linux, add the user to the 'dialout' group and log in again)";
		case EAGAIN, EBUSY -> "Port " + port + " is in use by another program";
		case ENOTTY -> port + " is not a serial port (check serial.port)";
		default -> "Port " + port + " could not be opened (error " + errno + ")";
		};
	}

	/** Only a device that is not a serial port at all is a configuration error; everything else may pass. */
	static boolean retryable(int errno) {
		return errno != ENOTTY;
	}
}
