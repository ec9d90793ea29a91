package com.switchdesk.pbx.serial.internal.codec;

/**
 * The TYPE byte of a frame. Types below {@link #FIRST_SEQUENCED} are link control: not numbered,
 * not acknowledged, never retransmitted. The others carry a SEQ number and are delivered reliably,
 * in order and once.
 */
public final class FrameType {

	public static final int HELLO = 0x01;
	public static final int ACK = 0x02;
	public static final int HEARTBEAT = 0x03;

	public static final int FIRST_SEQUENCED = 0x10;
	public static final int COMMAND = 0x10;
	public static final int RESULT = 0x11;
	public static final int REFUSAL = 0x12;
	public static final int EVENT = 0x20;

	private FrameType() {
	}

	public static boolean isSequenced(int type) {
		return type >= FIRST_SEQUENCED;
	}

	public static String name(int type) {
		return switch (type) {
		case HELLO -> "HELLO";
		case ACK -> "ACK";
		case HEARTBEAT -> "HEARTBEAT";
		case COMMAND -> "COMMAND";
		case RESULT -> "RESULT";
		case REFUSAL -> "REFUSAL";
		case EVENT -> "EVENT";
		default -> String.format("TYPE_%02X", type);
		};
	}
}
