package com.switchdesk.ui.board;

import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;

import com.switchdesk.pbx.model.Extension;

/**
 * Turns mouse and keys on the board into tile commands: click dials, double-click on the name
 * edits it, arrows move the focus ring, Enter dials the focused tile, typing locates.
 * <p>
 * A click on the name band waits for the double-click time before dialing, so that double-clicking
 * a name to edit it never rings the extension first; a click anywhere else on the tile dials at once.
 */
final class TileInput {

	private final BoardCanvas canvas;
	private final TileCommands commands;
	private final Function<Extension, String> tooltip;
	private final Runnable deferredDial = this::dialDeferred;
	private int pressedIndex = -1;
	private String deferredNumber;
	private int pressCount;
	private String tooltipShown;

	TileInput(BoardCanvas canvas, TileCommands commands, Function<Extension, String> tooltip) {
		this.canvas = canvas;
		this.commands = commands;
		this.tooltip = tooltip;
		canvas.addListener(SWT.MouseDown, this::mouseDown);
		canvas.addListener(SWT.MouseUp, this::mouseUp);
		canvas.addListener(SWT.MouseDoubleClick, this::doubleClick);
		canvas.addListener(SWT.MouseMove, e -> hover(canvas.indexAt(e.x, e.y)));
		canvas.addListener(SWT.MouseExit, e -> hover(-1));
		canvas.addListener(SWT.KeyDown, this::keyDown);
		canvas.addListener(SWT.Traverse, this::traverse);
	}

	private void mouseDown(Event e) {
		if (e.button != 1 && e.button != 3) {
			return;
		}
		canvas.setFocus();
		pressCount = e.count;
		pressedIndex = canvas.indexAt(e.x, e.y);
		if (pressedIndex >= 0) {
			canvas.setFocusIndex(pressedIndex);
		}
	}

	private void mouseUp(Event e) {
		int index = canvas.indexAt(e.x, e.y);
		boolean sameTile = e.button == 1 && index >= 0 && index == pressedIndex;
		pressedIndex = -1;
		// the second release of a double-click is not a click of its own
		if (!sameTile || pressCount > 1) {
			return;
		}
		String number = canvas.numberAt(index);
		if (canvas.isOnName(index, e.y)) {
			deferredNumber = number;
			canvas.getDisplay().timerExec(canvas.getDisplay().getDoubleClickTime(), deferredDial);
		} else {
			commands.click(number);
		}
	}

	private void doubleClick(Event e) {
		if (e.button != 1) {
			return;
		}
		canvas.getDisplay().timerExec(-1, deferredDial);
		deferredNumber = null;
		int index = canvas.indexAt(e.x, e.y);
		if (index >= 0 && canvas.isOnName(index, e.y)) {
			String number = canvas.numberAt(index);
			// open the dialog after this mouse event has been handled, not inside it
			canvas.getDisplay().asyncExec(() -> commands.rename(number));
		}
	}

	private void dialDeferred() {
		String number = deferredNumber;
		deferredNumber = null;
		if (number != null && !canvas.isDisposed()) {
			commands.click(number);
		}
	}

	private void hover(int index) {
		canvas.setHover(index);
		String text = canvas.tile(index).map(tooltip).orElse(null);
		if (text == null ? tooltipShown != null : !text.equals(tooltipShown)) {
			tooltipShown = text;
			canvas.setToolTipText(text);
		}
	}

	private void traverse(Event e) {
		switch (e.detail) {
		case SWT.TRAVERSE_ARROW_NEXT, SWT.TRAVERSE_ARROW_PREVIOUS, SWT.TRAVERSE_RETURN, SWT.TRAVERSE_ESCAPE,
				SWT.TRAVERSE_PAGE_NEXT, SWT.TRAVERSE_PAGE_PREVIOUS ->
			e.doit = false; // the board uses these keys itself
		default -> e.doit = true; // Tab and Shift+Tab leave the board
		}
	}

	private void keyDown(Event e) {
		if (!e.doit) {
			return; // a display filter (the keypad's keyboard-first mode) has taken this key
		}
		int focus = canvas.focusIndex();
		int columns = canvas.columns();
		int pageStep = columns * canvas.visibleRows();
		switch (e.keyCode) {
		case SWT.ARROW_LEFT -> moveFocus(focus, -1);
		case SWT.ARROW_RIGHT -> moveFocus(focus, 1);
		case SWT.ARROW_UP -> moveFocus(focus, -columns);
		case SWT.ARROW_DOWN -> moveFocus(focus, columns);
		case SWT.PAGE_UP -> moveFocus(focus, -pageStep);
		case SWT.PAGE_DOWN -> moveFocus(focus, pageStep);
		case SWT.HOME -> canvas.setFocusIndex(0);
		case SWT.END -> canvas.setFocusIndex(canvas.tileCount() - 1);
		case SWT.CR, SWT.KEYPAD_CR, ' ' -> {
			if (focus >= 0) {
				commands.click(canvas.numberAt(focus));
			}
		}
		case SWT.F2 -> {
			if (focus >= 0) {
				commands.rename(canvas.numberAt(focus));
			}
		}
		case SWT.ESC -> commands.escape();
		default -> {
			boolean plain = (e.stateMask & (SWT.CTRL | SWT.ALT | SWT.COMMAND)) == 0;
			if (plain && e.character > ' ' && e.character != SWT.DEL) {
				commands.typeToLocate(e.character);
			}
		}
		}
	}

	/** Moves the focus ring; from no focus, starts at the first tile on screen. */
	private void moveFocus(int from, int step) {
		if (canvas.tileCount() == 0) {
			return;
		}
		if (from < 0) {
			canvas.setFocusIndex(canvas.firstIndexOfPage(canvas.page()));
			return;
		}
		int to = from + step;
		if (to < 0 || to >= canvas.tileCount()) {
			// a page step past either end stops at the first or last tile; a row or column step stays put
			to = Math.abs(step) > canvas.columns() ? Math.max(0, Math.min(canvas.tileCount() - 1, to)) : from;
		}
		canvas.setFocusIndex(to);
	}
}
