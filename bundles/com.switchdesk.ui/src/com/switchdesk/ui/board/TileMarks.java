package com.switchdesk.ui.board;

import java.util.function.IntConsumer;

import org.eclipse.swt.widgets.Control;

/**
 * Which tiles carry a mark: the keyboard focus ring, the located tile's frame (which blinks a few
 * times first, so the eye finds it among hundreds) and the mouse hover. Tiles are named by index in
 * the canvas's current list; every change asks for just the tiles concerned to be redrawn.
 */
final class TileMarks {

	private static final int FLASH_MILLIS = 160;
	private static final int FLASHES = 6;

	private final Control owner;
	private final IntConsumer redraw;
	private final Runnable flash = this::flashStep;
	private int focus = -1;
	private int highlight = -1;
	private int hover = -1;
	private int flashesLeft;

	TileMarks(Control owner, IntConsumer redraw) {
		this.owner = owner;
		this.redraw = redraw;
	}

	int focus() {
		return focus;
	}

	int highlight() {
		return highlight;
	}

	/** Moves the focus ring; returns whether it moved. */
	boolean setFocus(int index) {
		int old = focus;
		focus = index;
		if (old == index) {
			return false;
		}
		redraw.accept(old);
		redraw.accept(index);
		return true;
	}

	void setHighlight(int index) {
		int old = highlight;
		highlight = index;
		if (old != index) {
			redraw.accept(old);
			redraw.accept(index);
			flashesLeft = index >= 0 ? FLASHES : 0;
			owner.getDisplay().timerExec(index >= 0 ? FLASH_MILLIS : -1, flash);
		}
	}

	void setHover(int index) {
		int old = hover;
		hover = index;
		if (old != index) {
			redraw.accept(old);
			redraw.accept(index);
		}
	}

	/** After the tiles changed: the marks follow their numbers (-1 when gone), the hover is dropped. */
	void remap(int newFocus, int newHighlight) {
		focus = newFocus;
		highlight = newHighlight;
		hover = -1;
	}

	/** The marks of a tile, as {@link TilePainter} flags. */
	int of(int index) {
		int marks = 0;
		if (index == focus && owner.isFocusControl()) {
			marks |= TilePainter.FOCUSED;
		}
		if (index == highlight && flashesLeft % 2 == 0) {
			marks |= TilePainter.HIGHLIGHTED;
		}
		if (index == hover) {
			marks |= TilePainter.HOVERED;
		}
		return marks;
	}

	private void flashStep() {
		if (owner.isDisposed() || flashesLeft <= 0) {
			return;
		}
		flashesLeft--;
		redraw.accept(highlight);
		if (flashesLeft > 0) {
			owner.getDisplay().timerExec(FLASH_MILLIS, flash);
		}
	}
}
