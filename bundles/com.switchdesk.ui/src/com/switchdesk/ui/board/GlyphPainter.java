package com.switchdesk.ui.board;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;

/**
 * Draws a state glyph with plain lines and shapes, so it looks the same in every font and locale
 * and distinguishes the states by shape for operators who cannot rely on colour.
 */
final class GlyphPainter {

	private GlyphPainter() {
	}

	/**
	 * Paints {@code glyph} into the square at ({@code x}, {@code y}) of side {@code size}.
	 *
	 * @param background the tile's fill, for the cut-outs (the bar of the no-entry sign)
	 */
	static void paint(GC gc, Lamp.Glyph glyph, int x, int y, int size, Color colour, Color background) {
		int oldAntialias = gc.getAntialias();
		int oldWidth = gc.getLineWidth();
		gc.setAntialias(SWT.ON);
		gc.setForeground(colour);
		gc.setBackground(colour);
		int line = Math.max(2, size / 6);
		gc.setLineWidth(line);
		int c = size / 2;
		switch (glyph) {
		case RING -> gc.drawOval(x + line / 2 + 1, y + line / 2 + 1, size - line - 2, size - line - 2);
		case DOT -> gc.fillOval(x + 1, y + 1, size - 2, size - 2);
		case WAVES -> {
			int dot = Math.max(4, size / 3);
			gc.fillOval(x + c - dot / 2, y + c - dot / 2, dot, dot);
			gc.setLineWidth(Math.max(1, line - 1));
			gc.drawArc(x, y + 1, size - 1, size - 2, 120, 120);
			gc.drawArc(x, y + 1, size - 1, size - 2, -60, 120);
		}
		case PAUSE -> {
			int bar = Math.max(2, size / 4);
			gc.fillRectangle(x + c - bar - 1, y + 1, bar, size - 2);
			gc.fillRectangle(x + c + 1, y + 1, bar, size - 2);
		}
		case LETTER_P -> {
			gc.setLineCap(SWT.CAP_FLAT);
			int left = x + size / 4;
			gc.drawLine(left, y + 1, left, y + size - 1);
			int bowl = size / 2 + 1;
			gc.drawLine(left, y + 1 + line / 2, x + c, y + 1 + line / 2);
			gc.drawLine(left, y + bowl, x + c, y + bowl);
			gc.drawArc(x + c - bowl / 2 + 1, y + 1 + line / 2, bowl - 1, bowl - line / 2 - 1, -90, 180);
		}
		case NO_ENTRY -> {
			gc.fillOval(x, y, size, size);
			gc.setBackground(background);
			int bar = Math.max(2, size / 5);
			gc.fillRectangle(x + size / 5, y + c - bar / 2, size - 2 * (size / 5), bar);
		}
		case CROSS -> {
			gc.drawLine(x + 2, y + 2, x + size - 2, y + size - 2);
			gc.drawLine(x + size - 2, y + 2, x + 2, y + size - 2);
		}
		}
		gc.setLineWidth(oldWidth);
		gc.setAntialias(oldAntialias);
	}
}
