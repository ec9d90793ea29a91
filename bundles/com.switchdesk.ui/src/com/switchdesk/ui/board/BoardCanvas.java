package com.switchdesk.ui.board;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.ScrollBar;

import com.switchdesk.pbx.model.Extension;

/**
 * The busy-lamp board: one drawn tile per extension on a single double-buffered canvas (see
 * ARCHITECTURE.md, "The extension board is drawn, not built of widgets"). A changed extension draws
 * just its own tile into the {@link TileBuffer}, and a paint only copies the damaged pixels.
 * <p>
 * Scrolls vertically by whole rows ({@link TileGrid}); keeps the focus, located and hovered tiles
 * ({@link TileMarks}); input, the context menu and accessibility are attached by {@link TileInput},
 * {@link TileMenu} and {@link TileAccessibility}. Display thread only.
 */
public final class BoardCanvas extends Canvas {

	private static final RGB BOARD_BACKGROUND = new RGB(0xFA, 0xFB, 0xFC);

	private final TileGrid grid = new TileGrid();
	private final TilePainter painter;
	private final TileBuffer buffer;
	private final List<Runnable> viewportListeners = new ArrayList<>();
	private final List<Runnable> focusTileListeners = new ArrayList<>();
	private List<Extension> tiles = List.of();
	private final Map<String, Integer> indexByNumber = new HashMap<>();
	private final TileMarks marks = new TileMarks(this, this::redrawTile);

	public BoardCanvas(Composite parent) {
		super(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND | SWT.V_SCROLL);
		painter = new TilePainter(this, BOARD_BACKGROUND);
		buffer = new TileBuffer(this, new BufferedTiles(), painter.colour(BOARD_BACKGROUND), TilePainter.HALO);
		Point size = painter.tileSize();
		grid.setTileSize(size.x, size.y);
		addListener(SWT.Paint, e -> buffer.paint(e.gc, new Rectangle(e.x, e.y, e.width, e.height)));
		addListener(SWT.Resize, e -> relayout());
		addListener(SWT.FocusIn, e -> redrawTile(marks.focus()));
		addListener(SWT.FocusOut, e -> redrawTile(marks.focus()));
		addListener(SWT.Dispose, e -> {
			buffer.dispose();
			painter.dispose();
		});
		getVerticalBar().addListener(SWT.Selection, e -> scrollTo(getVerticalBar().getSelection()));
	}

	// ---- content ----

	/** Shows these tiles (already filtered and sorted); keeps focus and highlight on the same numbers. */
	public void setTiles(List<Extension> shown) {
		String focused = numberAt(marks.focus());
		String highlighted = numberAt(marks.highlight());
		tiles = new ArrayList<>(shown);
		indexByNumber.clear();
		for (int i = 0; i < tiles.size(); i++) {
			indexByNumber.put(tiles.get(i).number(), i);
		}
		marks.remap(indexOf(focused), indexOf(highlighted));
		relayout();
	}

	/** Replaces these tiles' extensions and draws only those tiles again (the ones on screen). */
	public void updateTiles(Collection<Extension> changed) {
		int[] shown = new int[changed.size()];
		int count = 0;
		for (Extension extension : changed) {
			int index = indexOf(extension.number());
			if (index >= 0) {
				tiles.set(index, extension);
				if (grid.isRowShown(index)) {
					shown[count++] = index;
				}
			}
		}
		buffer.redrawTiles(shown, count);
	}

	public int tileCount() {
		return tiles.size();
	}

	public Optional<Extension> tile(int index) {
		return index >= 0 && index < tiles.size() ? Optional.of(tiles.get(index)) : Optional.empty();
	}

	public int indexOf(String number) {
		return number == null ? -1 : indexByNumber.getOrDefault(number, -1);
	}

	String numberAt(int index) {
		return tile(index).map(Extension::number).orElse(null);
	}

	// ---- geometry, scrolling and pages ----

	int indexAt(int x, int y) {
		return grid.indexAt(x, y);
	}

	/** Whether a point of the client area lies on the user-name band of its tile. */
	boolean isOnName(int index, int y) {
		return index >= 0 && painter.isInNameBand(y - grid.bounds(index).y);
	}

	boolean isShown(int index) {
		return index >= 0 && index < tiles.size() && grid.isRowShown(index);
	}

	Rectangle boundsOf(int index) {
		return grid.bounds(index);
	}

	public int columns() {
		return grid.columns();
	}

	public int visibleRows() {
		return grid.visibleRows();
	}

	public int page() {
		return grid.page();
	}

	public int pageCount() {
		return grid.pageCount();
	}

	int firstIndexOfPage(int page) {
		return grid.firstIndexOfPage(page);
	}

	int lastIndexOfPage(int page) {
		return grid.lastIndexOfPage(page);
	}

	public void showPage(int page) {
		if (grid.showPage(page)) {
			viewportChanged();
		}
	}

	/** Scrolls so the tile's row is shown, as little as possible. */
	void reveal(int index) {
		if (index >= 0 && grid.reveal(index)) {
			viewportChanged();
		}
	}

	/** Shows the page holding this tile, so the page bar tells where it is. */
	void showPageOf(int index) {
		if (index >= 0 && !grid.isRowShown(index)) {
			showPage(grid.pageOf(index));
		}
	}

	/** Told after every scroll, page change or new layout (for the page bar). */
	void addViewportListener(Runnable listener) {
		viewportListeners.add(listener);
	}

	/** Told when the keyboard focus moves to another tile (screen readers follow it). */
	void addFocusTileListener(Runnable listener) {
		focusTileListeners.add(listener);
	}

	private void scrollTo(int topRow) {
		if (grid.setTopRow(topRow)) {
			viewportChanged();
		}
	}

	private void relayout() {
		Rectangle area = getClientArea();
		grid.layout(area.width, area.height, tiles.size());
		viewportChanged();
	}

	private void viewportChanged() {
		ScrollBar bar = getVerticalBar();
		int visible = grid.visibleRows();
		bar.setValues(grid.topRow(), 0, grid.maxTopRow() + visible, visible, 1, visible);
		buffer.invalidate();
		viewportListeners.forEach(Runnable::run);
	}

	// ---- marks ----

	int focusIndex() {
		return marks.focus();
	}

	/** Moves the keyboard focus ring (and scrolls to it). */
	void setFocusIndex(int index) {
		if (marks.setFocus(index < 0 || index >= tiles.size() ? -1 : index)) {
			focusTileListeners.forEach(Runnable::run);
		}
		reveal(marks.focus());
	}

	/** Marks the located tile. */
	void setHighlight(int index) {
		marks.setHighlight(index);
	}

	void setHover(int index) {
		marks.setHover(index);
	}

	/** The located tile's number, or null. */
	public String highlightedNumber() {
		return numberAt(marks.highlight());
	}

	/** The keyboard focus tile's number, or null. */
	public String focusedNumber() {
		return numberAt(marks.focus());
	}

	// ---- painting ----

	private void redrawTile(int index) {
		if (index >= 0 && index < tiles.size() && grid.isRowShown(index)) {
			buffer.redrawTiles(new int[] { index }, 1);
		}
	}

	/** The buffer's view of the tiles. */
	private final class BufferedTiles implements TileBuffer.Tiles {
		@Override
		public void forEachIn(Rectangle area, IntConsumer visit) {
			grid.forEachIn(area, visit);
		}

		@Override
		public int slotOf(int index) {
			return grid.isRowShown(index) ? index - grid.topRow() * grid.columns() : -1;
		}

		@Override
		public int slotCount() {
			return grid.visibleRows() * grid.columns();
		}

		@Override
		public Rectangle bounds(int index) {
			return grid.bounds(index);
		}

		@Override
		public String draw(GC gc, int index, Rectangle bounds) {
			Extension extension = tiles.get(index);
			painter.paint(gc, extension, bounds, marks.of(index));
			return extension.number();
		}
	}

	// ---- test and benchmark hooks ----

	/**
	 * The tile's bounds in this canvas's coordinates while it is on screen, else null; for UI tests
	 * that click a tile with real mouse events.
	 */
	public Rectangle tileBounds(String number) {
		int index = indexOf(number);
		return index >= 0 && grid.isRowShown(index) ? grid.bounds(index) : null;
	}

	/** The band of a shown tile that holds its user name (double-click there to edit it), else null. */
	public Rectangle tileNameBounds(String number) {
		Rectangle tile = tileBounds(number);
		if (tile == null) {
			return null;
		}
		int[] band = painter.nameBand();
		return new Rectangle(tile.x, tile.y + band[0], tile.width, band[1]);
	}

	/** How many tiles were drawn since creation: one changed extension adds one. */
	public long tileRepaints() {
		return buffer.drawnTiles();
	}

	/**
	 * Told, on the display thread, the number of each tile whose new pixels reached the window (the
	 * benchmark's latency probe and the tests' "was drawn"); null stops it.
	 */
	public void setPaintProbe(Consumer<String> probe) {
		buffer.setShownProbe(probe);
	}

	/**
	 * Told, on the display thread, the number of each tile drawn into the back buffer, before GTK's
	 * next frame copies it to the window (the benchmark separates our work from the frame clock).
	 */
	public void setDrawProbe(Consumer<String> probe) {
		buffer.setDrawnProbe(probe);
	}
}
