package com.switchdesk.ui.board;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;

import com.switchdesk.pbx.model.DeviceState;
import com.switchdesk.pbx.model.Extension;

/**
 * Draws one tile: the number in bold with the state glyph beside it, the user name, and the state
 * word, on the state's fill; plus the rings for the located tile, the keyboard focus and the mouse.
 * Owns the fonts it measured the tile size with; display thread only.
 */
final class TilePainter {

	static final int FOCUSED = 1;
	static final int HIGHLIGHTED = 2;
	static final int HOVERED = 4;

	private static final int PAD = 4;
	private static final int ARC = TileSkins.ARC;
	/** How far the located tile's frame reaches into the gap around it. */
	static final int HALO = TileGrid.GAP / 2;
	private static final String WIDEST_NUMBER = "88888";
	private static final String ELLIPSIS = "\u2026";

	private final Font numberFont;
	private final Font nameFont;
	private final Font stateFont;
	private final int numberHeight;
	private final int nameHeight;
	private final int stateHeight;
	private final int glyphSize;
	private final Point tileSize;
	private final TileSkins skins;
	private final Map<RGB, Color> colours = new HashMap<>();
	private final Map<String, String> fittedNames = new HashMap<>();
	private int fittedWidth = -1;

	TilePainter(Control owner, RGB boardBackground) {
		FontData[] base = owner.getFont().getFontData();
		numberFont = derive(owner, base, SWT.BOLD, 0);
		nameFont = derive(owner, base, SWT.NORMAL, 0);
		stateFont = derive(owner, base, SWT.NORMAL, -1);
		GC gc = new GC(owner);
		try {
			gc.setFont(numberFont);
			numberHeight = gc.getFontMetrics().getHeight();
			int numberWidth = gc.textExtent(WIDEST_NUMBER).x;
			gc.setFont(nameFont);
			nameHeight = gc.getFontMetrics().getHeight();
			int nameWidth = gc.textExtent("\u5ba2\u623f\u524d\u53f0").x; // four CJK characters
			gc.setFont(stateFont);
			stateHeight = gc.getFontMetrics().getHeight();
			int stateWidth = 0;
			for (DeviceState state : DeviceState.values()) {
				stateWidth = Math.max(stateWidth, gc.textExtent(Lamp.word(state)).x);
			}
			glyphSize = Math.max(9, numberHeight * 2 / 3);
			int content = Math.max(numberWidth + 5 + glyphSize, Math.max(nameWidth, stateWidth));
			tileSize = new Point(content + 2 * PAD + 2, PAD + numberHeight + nameHeight + stateHeight + PAD);
		} finally {
			gc.dispose();
		}
		skins = new TileSkins(owner.getDisplay(), colour(boardBackground), this::colour, PAD,
				PAD - 1 + (numberHeight - glyphSize) / 2, glyphSize, stateFont, PAD - 1 + numberHeight + nameHeight);
	}

	private static Font derive(Control owner, FontData[] base, int style, int heightDelta) {
		FontData[] data = new FontData[base.length];
		for (int i = 0; i < base.length; i++) {
			data[i] = new FontData(base[i].getName(), Math.max(7, base[i].getHeight() + heightDelta), style);
		}
		return new Font(owner.getDisplay(), data);
	}

	/** The smallest tile that holds a five-digit number, four CJK characters and every state word. */
	Point tileSize() {
		return tileSize;
	}

	/** The band of a tile (relative to its top) that holds the user name: double-click there to edit it. */
	boolean isInNameBand(int yInTile) {
		int[] band = nameBand();
		return yInTile >= band[0] && yInTile < band[0] + band[1];
	}

	/** The name band's top (relative to the tile) and height. */
	int[] nameBand() {
		return new int[] { PAD - 1 + numberHeight, nameHeight };
	}

	void paint(GC gc, Extension extension, Rectangle r, int marks) {
		Lamp lamp = Lamp.of(extension.state());
		boolean named = extension.hasUserName();
		Color text = colour(lamp.text(named));
		gc.drawImage(skins.get(extension.state(), named, (marks & HOVERED) != 0, r.width, r.height), r.x, r.y);

		int x = r.x + PAD + 1;
		int width = r.width - 2 * PAD - 2;
		int y = r.y + PAD - 1;
		gc.setForeground(text);
		gc.setFont(numberFont);
		gc.drawString(extension.number(), x, y, true);
		y += numberHeight;
		if (named) {
			gc.setFont(nameFont);
			gc.drawString(fitName(gc, extension.userName(), width), x, y, true);
		}

		if ((marks & HIGHLIGHTED) != 0) {
			// a heavy frame half in the gap around the tile: stands out on every fill, covers no text
			ring(gc, r, -HALO, 2 * HALO, colour(new RGB(0, 0, 0)));
		}
		if ((marks & FOCUSED) != 0) {
			gc.setLineStyle(SWT.LINE_DOT);
			ring(gc, r, 2, 1, (marks & HIGHLIGHTED) != 0 ? colour(new RGB(255, 255, 255)) : text);
			gc.setLineStyle(SWT.LINE_SOLID);
		}
	}

	/** A ring of {@code width} pixels whose outer edge lies {@code inset} pixels inside the tile. */
	private static void ring(GC gc, Rectangle r, int inset, int width, Color colour) {
		gc.setLineWidth(width);
		gc.setForeground(colour);
		int o = inset + width / 2;
		gc.drawRoundRectangle(r.x + o, r.y + o, r.width - 1 - 2 * o, r.height - 1 - 2 * o, ARC, ARC);
		gc.setLineWidth(1);
	}

	/** The name, shortened with an ellipsis to fit; cached because names rarely change. */
	private String fitName(GC gc, String name, int width) {
		if (width != fittedWidth) {
			fittedNames.clear();
			fittedWidth = width;
		}
		return fittedNames.computeIfAbsent(name, n -> shorten(gc, n, width));
	}

	private static String shorten(GC gc, String text, int width) {
		if (gc.textExtent(text).x <= width) {
			return text;
		}
		int low = 0;
		int high = text.length();
		while (low < high) {
			int mid = (low + high + 1) / 2;
			if (gc.textExtent(text.substring(0, mid) + ELLIPSIS).x <= width) {
				low = mid;
			} else {
				high = mid - 1;
			}
		}
		return text.substring(0, low) + ELLIPSIS;
	}

	Color colour(RGB rgb) {
		return colours.computeIfAbsent(rgb, Color::new);
	}

	static RGB blend(RGB a, RGB b, double towardsB) {
		return new RGB((int) Math.round(a.red + (b.red - a.red) * towardsB),
				(int) Math.round(a.green + (b.green - a.green) * towardsB),
				(int) Math.round(a.blue + (b.blue - a.blue) * towardsB));
	}

	void dispose() {
		skins.dispose();
		numberFont.dispose();
		nameFont.dispose();
		stateFont.dispose();
	}
}
