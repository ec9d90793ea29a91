package com.switchdesk.ui.board;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Control;

/**
 * Small images of each lamp (fill and glyph) for the counters and the legend, so they read exactly
 * like the tiles. Disposed with the control that owns them.
 */
final class Swatches {

	private static final int SIZE = 16;

	private final Control owner;
	private final Map<Lamp, Image> unnamed = new EnumMap<>(Lamp.class);
	private Image namedIdle;

	Swatches(Control owner) {
		this.owner = owner;
		owner.addListener(SWT.Dispose, e -> dispose());
	}

	Image of(Lamp lamp) {
		return unnamed.computeIfAbsent(lamp, l -> draw(l, false));
	}

	Image namedIdle() {
		if (namedIdle == null) {
			namedIdle = draw(Lamp.IDLE, true);
		}
		return namedIdle;
	}

	private Image draw(Lamp lamp, boolean named) {
		Image image = new Image(owner.getDisplay(), SIZE, SIZE);
		GC gc = new GC(image);
		try {
			Color fill = new Color(lamp.fill(named));
			gc.setBackground(fill);
			gc.fillRectangle(0, 0, SIZE, SIZE);
			gc.setForeground(new Color(TilePainter.blend(lamp.fill(named), lamp.text(named), 0.35)));
			gc.drawRectangle(0, 0, SIZE - 1, SIZE - 1);
			GlyphPainter.paint(gc, lamp.glyph(), 3, 3, SIZE - 6, new Color(lamp.glyphColour()), fill);
		} finally {
			gc.dispose();
		}
		return image;
	}

	private void dispose() {
		unnamed.values().forEach(Image::dispose);
		if (namedIdle != null) {
			namedIdle.dispose();
		}
	}
}
