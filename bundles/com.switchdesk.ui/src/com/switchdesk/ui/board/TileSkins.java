package com.switchdesk.ui.board;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

import com.switchdesk.pbx.model.DeviceState;

/**
 * A tile's background for each look (state, named or not, under the mouse or not): the rounded fill,
 * the out-of-service stripes, the border, the state glyph and the state word, drawn once into an
 * image. Antialiased arcs cost tens of microseconds each and laying out a string about ten, so a
 * tile is a copy of its skin plus its number and name. Rebuilt when the tile size changes (the
 * window was resized). Display thread only.
 */
final class TileSkins {

	private record Key(DeviceState state, boolean named, boolean hovered) {
	}

	static final int ARC = 6;

	private final Display display;
	private final Color boardBackground;
	private final Function<RGB, Color> colours;
	private final int pad;
	private final int glyphTop;
	private final int glyphSize;
	private final Font stateFont;
	private final int stateTop;
	private final Map<Key, Image> skins = new HashMap<>();
	private int width = -1;
	private int height = -1;

	TileSkins(Display display, Color boardBackground, Function<RGB, Color> colours, int pad, int glyphTop,
			int glyphSize, Font stateFont, int stateTop) {
		this.stateFont = stateFont;
		this.stateTop = stateTop;
		this.display = display;
		this.boardBackground = boardBackground;
		this.colours = colours;
		this.pad = pad;
		this.glyphTop = glyphTop;
		this.glyphSize = glyphSize;
	}

	Image get(DeviceState state, boolean named, boolean hovered, int tileWidth, int tileHeight) {
		if (tileWidth != width || tileHeight != height) {
			dispose();
			width = tileWidth;
			height = tileHeight;
		}
		return skins.computeIfAbsent(new Key(state, named, hovered), this::draw);
	}

	private Image draw(Key key) {
		Image image = new Image(display, width, height);
		GC gc = new GC(image);
		try {
			Lamp lamp = Lamp.of(key.state());
			Color fill = colours.apply(lamp.fill(key.named()));
			gc.setBackground(boardBackground);
			gc.fillRectangle(0, 0, width, height);
			gc.setAntialias(SWT.ON);
			gc.setBackground(fill);
			gc.fillRoundRectangle(0, 0, width, height, ARC, ARC);
			if (lamp == Lamp.OUT_OF_SERVICE) {
				hatch(gc, colours.apply(TilePainter.blend(lamp.fill(false), lamp.text(false), 0.22)));
			}
			RGB border = key.hovered() ? lamp.text(key.named())
					: TilePainter.blend(lamp.fill(key.named()), lamp.text(key.named()), 0.25);
			gc.setLineWidth(1);
			gc.setForeground(colours.apply(border));
			gc.drawRoundRectangle(0, 0, width - 1, height - 1, ARC, ARC);
			GlyphPainter.paint(gc, lamp.glyph(), width - pad - 1 - glyphSize, glyphTop, glyphSize,
					colours.apply(lamp.glyphColour()), fill);
			// the idle word is muted so that the few busy tiles stand out among hundreds of idle ones
			RGB text = lamp.text(key.named());
			gc.setForeground(colours.apply(lamp == Lamp.IDLE ? TilePainter.blend(text, lamp.fill(key.named()), 0.4) : text));
			gc.setFont(stateFont);
			gc.drawString(Lamp.word(key.state()), pad + 1, stateTop, true);
		} finally {
			gc.dispose();
		}
		return image;
	}

	/** Diagonal stripes: out of service is recognisable without colour, as a struck-out tile. */
	private void hatch(GC gc, Color colour) {
		gc.setForeground(colour);
		gc.setLineWidth(2);
		int w = width - 2;
		int h = height - 2;
		for (int d = 8; d < w + h; d += 9) {
			int u0 = Math.max(0, d - h);
			int u1 = Math.min(w, d);
			gc.drawLine(1 + u0, 1 + d - u0, 1 + u1, 1 + d - u1);
		}
	}

	void dispose() {
		skins.values().forEach(Image::dispose);
		skins.clear();
	}
}
