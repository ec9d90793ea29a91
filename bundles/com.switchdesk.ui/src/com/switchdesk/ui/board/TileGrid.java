package com.switchdesk.ui.board;

import java.util.function.IntConsumer;

import org.eclipse.swt.graphics.Rectangle;

/**
 * Where each tile sits: columns that fill the width, whole rows, and pages of one screenful.
 * <p>
 * The board scrolls by whole rows, so no tile is ever cut at the top, and pages are aligned to
 * screenfuls counted from the first tile: page 2 always starts with the same extension while the
 * window keeps its size, so an operator finds tiles where they were. The last page may leave space
 * below. Pure arithmetic, used on the display thread only.
 */
final class TileGrid {

	static final int GAP = 4;
	static final int MARGIN = 6;

	private int baseWidth = 80;
	private int tileHeight = 48;
	private int tileWidth = baseWidth;
	private int columns = 1;
	private int visibleRows = 1;
	private int rows;
	private int count;
	private int topRow;

	void setTileSize(int width, int height) {
		baseWidth = width;
		tileHeight = height;
	}

	/** Recomputes columns and rows for a client area and a number of tiles; keeps the top row if it can. */
	void layout(int clientWidth, int clientHeight, int tileCount) {
		count = tileCount;
		int usableWidth = Math.max(0, clientWidth - 2 * MARGIN + GAP);
		columns = Math.max(1, usableWidth / (baseWidth + GAP));
		// share the leftover width among the columns so names get the room there is
		tileWidth = Math.max(baseWidth, usableWidth / columns - GAP);
		rows = (count + columns - 1) / columns;
		visibleRows = Math.max(1, (clientHeight - 2 * MARGIN + GAP) / rowHeight());
		setTopRow(topRow);
	}

	int rowHeight() {
		return tileHeight + GAP;
	}

	int columnWidth() {
		return tileWidth + GAP;
	}

	int tileWidth() {
		return tileWidth;
	}

	int tileHeight() {
		return tileHeight;
	}

	int columns() {
		return columns;
	}

	int visibleRows() {
		return visibleRows;
	}

	int topRow() {
		return topRow;
	}

	/** The highest top row: the first row of the last page. */
	int maxTopRow() {
		return (pageCount() - 1) * visibleRows;
	}

	/** Sets the first row shown, clamped; returns whether it changed. */
	boolean setTopRow(int row) {
		int clamped = Math.max(0, Math.min(row, maxTopRow()));
		boolean changed = clamped != topRow;
		topRow = clamped;
		return changed;
	}

	int pageCount() {
		return Math.max(1, (rows + visibleRows - 1) / visibleRows);
	}

	/** The page holding the top row. */
	int page() {
		return topRow / visibleRows;
	}

	int firstIndexOfPage(int page) {
		return Math.min(count, page * visibleRows * columns);
	}

	int lastIndexOfPage(int page) {
		return Math.min(count, (page + 1) * visibleRows * columns) - 1;
	}

	int pageOf(int index) {
		return index / columns / visibleRows;
	}

	boolean showPage(int page) {
		return setTopRow(page * visibleRows);
	}

	/** Scrolls as little as possible so the tile's row is fully shown; returns whether it scrolled. */
	boolean reveal(int index) {
		int row = index / columns;
		if (row < topRow) {
			return setTopRow(row);
		}
		if (row >= topRow + visibleRows) {
			return setTopRow(row - visibleRows + 1);
		}
		return false;
	}

	boolean isRowShown(int index) {
		int row = index / columns;
		return row >= topRow && row < topRow + visibleRows;
	}

	/** The tile's rectangle in client coordinates (it may lie outside the client area). */
	Rectangle bounds(int index) {
		int row = index / columns - topRow;
		int column = index % columns;
		return new Rectangle(MARGIN + column * columnWidth(), MARGIN + row * rowHeight(), tileWidth, tileHeight);
	}

	/** The tile under a point of the client area, or -1 over a gap or empty space. */
	int indexAt(int x, int y) {
		if (x < MARGIN || y < MARGIN) {
			return -1;
		}
		int column = (x - MARGIN) / columnWidth();
		int row = (y - MARGIN) / rowHeight();
		boolean inTile = (x - MARGIN) % columnWidth() < tileWidth && (y - MARGIN) % rowHeight() < tileHeight;
		int index = (topRow + row) * columns + column;
		return inTile && column < columns && index < count ? index : -1;
	}

	/** Calls {@code visit} with every tile that may intersect {@code area} (client coordinates). */
	void forEachIn(Rectangle area, IntConsumer visit) {
		int firstRow = Math.max(0, (area.y - MARGIN) / rowHeight());
		// a row that does not fit whole is left blank: a cut tile would look broken and belongs to the next page
		int lastRow = Math.min(visibleRows - 1, Math.max(0, (area.y + area.height - 1 - MARGIN) / rowHeight()));
		int firstColumn = Math.max(0, (area.x - MARGIN) / columnWidth());
		int lastColumn = Math.min(columns - 1, Math.max(0, (area.x + area.width - 1 - MARGIN) / columnWidth()));
		for (int row = firstRow; row <= lastRow; row++) {
			for (int column = firstColumn; column <= lastColumn; column++) {
				int index = (topRow + row) * columns + column;
				if (index >= count) {
					return;
				}
				visit.accept(index);
			}
		}
	}
}
