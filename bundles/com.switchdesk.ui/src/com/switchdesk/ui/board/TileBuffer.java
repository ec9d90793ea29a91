package com.switchdesk.ui.board;

import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;

/**
 * The board's back buffer: one small image per tile place on screen. A changed extension is drawn
 * into its own image and only that tile's area is invalidated; a paint copies the images of the
 * tiles in the damaged area, drawing nothing anew unless it was scrolled or resized.
 * <p>
 * Why this shape (measured under Xvfb with SWT 3.135 on GTK 3): drawing a tile straight onto the
 * window costs about 0.6 ms (every antialiased arc is an X round trip); copying a small part of one
 * big image costs 10 ms, because the whole image is uploaded to the X server each time; copying a
 * tile-sized image costs 0.03-0.09 ms. GTK also hands SWT the bounding box of all damage in a
 * frame, so a paint copies every tile between two changed ones; that is cheap with small images.
 * Display thread only.
 */
final class TileBuffer {

	/** What the buffer draws: the tiles on screen, their places and their looks. */
	interface Tiles {
		/** Calls {@code visit} with each tile that may lie in {@code area}. */
		void forEachIn(Rectangle area, IntConsumer visit);

		Rectangle bounds(int index);

		/** The tile's place on screen counted from the top left, or -1 when it is not shown. */
		int slotOf(int index);

		int slotCount();

		/** Draws tile {@code index} with its marks into {@code bounds}; returns its number. */
		String draw(GC gc, int index, Rectangle bounds);
	}

	private final Canvas canvas;
	private final Tiles tiles;
	private final Color background;
	private final int halo;
	private Image[] slots = new Image[0];
	private boolean[] fresh = new boolean[0];
	private int slotWidth;
	private int slotHeight;
	private long drawnTiles;
	private Consumer<String> shownProbe;
	private Consumer<String> drawnProbe;
	private String[] awaitingCopy = new String[0];

	TileBuffer(Canvas canvas, Tiles tiles, Color background, int halo) {
		this.canvas = canvas;
		this.tiles = tiles;
		this.background = background;
		this.halo = halo;
	}

	/** Every tile must be drawn again (scrolled, resized, other tiles shown). */
	void invalidate() {
		Arrays.fill(fresh, false);
		canvas.redraw();
	}

	/** Draws these tiles again and invalidates just their areas. */
	void redrawTiles(int[] indices, int count) {
		for (int i = 0; i < count; i++) {
			int slot = tiles.slotOf(indices[i]);
			if (slot >= 0 && slot < slots.length && slots[slot] != null) {
				drawInto(slot, indices[i]);
				Rectangle area = withHalo(tiles.bounds(indices[i]));
				canvas.redraw(area.x, area.y, area.width, area.height, false);
			}
		}
	}

	/** The paint event: copies the tiles of the damaged area, drawing those not drawn since a scroll. */
	void paint(GC gc, Rectangle damage) {
		Rectangle first = tiles.bounds(0);
		ensureSlots(first.width + 2 * halo, first.height + 2 * halo);
		gc.setBackground(background);
		gc.fillRectangle(damage);
		Rectangle reach = new Rectangle(damage.x - halo, damage.y - halo, damage.width + 2 * halo,
				damage.height + 2 * halo);
		tiles.forEachIn(reach, index -> {
			int slot = tiles.slotOf(index);
			if (slot < 0 || slot >= slots.length) {
				return;
			}
			if (!fresh[slot]) {
				drawInto(slot, index);
			}
			Rectangle area = withHalo(tiles.bounds(index));
			if (area.intersects(damage)) {
				gc.drawImage(slots[slot], area.x, area.y);
				if (shownProbe != null && awaitingCopy[slot] != null) {
					shownProbe.accept(awaitingCopy[slot]);
					awaitingCopy[slot] = null;
				}
			}
		});
	}

	private void drawInto(int slot, int index) {
		GC gc = new GC(slots[slot]);
		try {
			gc.setBackground(background);
			gc.fillRectangle(0, 0, slotWidth, slotHeight);
			Rectangle b = tiles.bounds(index);
			String number = tiles.draw(gc, index, new Rectangle(halo, halo, b.width, b.height));
			awaitingCopy[slot] = shownProbe != null ? number : null;
			if (drawnProbe != null) {
				drawnProbe.accept(number);
			}
		} finally {
			gc.dispose();
		}
		fresh[slot] = true;
		drawnTiles++;
	}

	/** One image per place on screen, all of the tile's size plus its halo; new ones when that changes. */
	private void ensureSlots(int width, int height) {
		int count = tiles.slotCount();
		if (width == slotWidth && height == slotHeight && count == slots.length) {
			return;
		}
		dispose();
		slotWidth = width;
		slotHeight = height;
		slots = new Image[count];
		fresh = new boolean[count];
		awaitingCopy = new String[count];
		for (int i = 0; i < count; i++) {
			slots[i] = new Image(canvas.getDisplay(), width, height);
		}
	}

	private Rectangle withHalo(Rectangle r) {
		return new Rectangle(r.x - halo, r.y - halo, r.width + 2 * halo, r.height + 2 * halo);
	}

	long drawnTiles() {
		return drawnTiles;
	}

	/**
	 * Told, in the paint event, the number of each tile drawn anew once its pixels went to the
	 * window (null: nobody listens).
	 */
	void setShownProbe(Consumer<String> probe) {
		shownProbe = probe;
		Arrays.fill(awaitingCopy, null);
	}

	/** Told the number of each tile drawn into its image (null: nobody listens). */
	void setDrawnProbe(Consumer<String> probe) {
		drawnProbe = probe;
	}

	void dispose() {
		for (Image image : slots) {
			if (image != null) {
				image.dispose();
			}
		}
		slots = new Image[0];
		fresh = new boolean[0];
	}
}
