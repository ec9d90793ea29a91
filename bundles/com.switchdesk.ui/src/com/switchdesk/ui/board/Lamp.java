package com.switchdesk.ui.board;

import org.eclipse.swt.graphics.RGB;

import com.switchdesk.pbx.model.DeviceState;

/**
 * How a tile looks in each kind of state: a fill colour that can be told apart at a glance and,
 * so that nothing depends on colour alone, a glyph of its own shape and a state word.
 * <p>
 * The fills differ in lightness as well as hue (amber ringing is light, red talking is mid, blue
 * held and purple parked are dark), so they stay apart for colour-blind operators and on poor
 * monitors; idle tiles are quiet so the few busy ones stand out among hundreds.
 */
public enum Lamp {
	IDLE(rgb(0xEE, 0xF0, 0xF3), rgb(0x2A, 0x31, 0x3A), rgb(0x2E, 0x7D, 0x32), Glyph.RING),
	RINGING(rgb(0xFF, 0xB3, 0x00), rgb(0x1A, 0x1A, 0x1A), rgb(0x1A, 0x1A, 0x1A), Glyph.WAVES),
	TALKING(rgb(0xD3, 0x2F, 0x2F), rgb(0xFF, 0xFF, 0xFF), rgb(0xFF, 0xFF, 0xFF), Glyph.DOT),
	HELD(rgb(0x15, 0x65, 0xC0), rgb(0xFF, 0xFF, 0xFF), rgb(0xFF, 0xFF, 0xFF), Glyph.PAUSE),
	PARKED(rgb(0x6A, 0x1B, 0x9A), rgb(0xFF, 0xFF, 0xFF), rgb(0xFF, 0xFF, 0xFF), Glyph.LETTER_P),
	DND(rgb(0x5D, 0x40, 0x37), rgb(0xFF, 0xFF, 0xFF), rgb(0xFF, 0xFF, 0xFF), Glyph.NO_ENTRY),
	OUT_OF_SERVICE(rgb(0xA7, 0xA9, 0xAC), rgb(0x1A, 0x1A, 0x1A), rgb(0x1A, 0x1A, 0x1A), Glyph.CROSS);

	/** Idle tiles whose extension has a user name (seed 3.4.2 (3): named and unnamed differ in colour). */
	public static final RGB NAMED_IDLE_FILL = rgb(0xD2, 0xE6, 0xFA);
	public static final RGB NAMED_IDLE_TEXT = rgb(0x0B, 0x2E, 0x4F);

	/** The shapes drawn beside the number; see {@link GlyphPainter}. */
	public enum Glyph {
		RING, WAVES, DOT, PAUSE, LETTER_P, NO_ENTRY, CROSS
	}

	private final RGB fill;
	private final RGB text;
	private final RGB glyphColour;
	private final Glyph glyph;

	Lamp(RGB fill, RGB text, RGB glyphColour, Glyph glyph) {
		this.fill = fill;
		this.text = text;
		this.glyphColour = glyphColour;
		this.glyph = glyph;
	}

	public static Lamp of(DeviceState state) {
		return switch (state) {
		case IDLE -> IDLE;
		case RINGING -> RINGING;
		// dialing and calling out occupy the line like a conversation does
		case DIALING, CALLING, TALKING -> TALKING;
		case HELD -> HELD;
		case PARKED -> PARKED;
		case DND -> DND;
		case OUT_OF_SERVICE -> OUT_OF_SERVICE;
		};
	}

	public RGB fill(boolean named) {
		return this == IDLE && named ? NAMED_IDLE_FILL : fill;
	}

	public RGB text(boolean named) {
		return this == IDLE && named ? NAMED_IDLE_TEXT : text;
	}

	public RGB glyphColour() {
		return glyphColour;
	}

	public Glyph glyph() {
		return glyph;
	}

	/** The short word printed on a tile. */
	public static String word(DeviceState state) {
		return switch (state) {
		case IDLE -> Messages.State_IDLE;
		case DIALING -> Messages.State_DIALING;
		case CALLING -> Messages.State_CALLING;
		case RINGING -> Messages.State_RINGING;
		case TALKING -> Messages.State_TALKING;
		case HELD -> Messages.State_HELD;
		case PARKED -> Messages.State_PARKED;
		case DND -> Messages.State_DND;
		case OUT_OF_SERVICE -> Messages.State_OUT_OF_SERVICE;
		};
	}

	/** The full wording for tooltips and screen readers. */
	public static String description(DeviceState state) {
		return switch (state) {
		case IDLE -> Messages.StateLong_IDLE;
		case DIALING -> Messages.StateLong_DIALING;
		case CALLING -> Messages.StateLong_CALLING;
		case RINGING -> Messages.StateLong_RINGING;
		case TALKING -> Messages.StateLong_TALKING;
		case HELD -> Messages.StateLong_HELD;
		case PARKED -> Messages.StateLong_PARKED;
		case DND -> Messages.StateLong_DND;
		case OUT_OF_SERVICE -> Messages.StateLong_OUT_OF_SERVICE;
		};
	}

	private static RGB rgb(int r, int g, int b) {
		return new RGB(r, g, b);
	}
}
