package com.switchdesk.ui.board;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

import com.switchdesk.callcontrol.ConsoleState;
import com.switchdesk.callcontrol.ExtensionBoard;
import com.switchdesk.callcontrol.OperatorConsole;
import com.switchdesk.callcontrol.PendingAction;
import com.switchdesk.pbx.model.Extension;
import com.switchdesk.ui.WidgetIds;
import com.switchdesk.ui.board.BoardTabs.Tab;

/**
 * The whole board area (F15, F16): counters and locate field, tabs and pages, the pending-key
 * banner, the tile canvas and the legend; and the presenter that keeps them current from the
 * {@link ExtensionBoard}. Listener calls arrive on the call-control thread and reach the display
 * thread only through {@link BoardChangeRelay} (board) or one coalesced {@code asyncExec} (console
 * state, tabs).
 */
public final class BoardView implements BoardChangeRelay.Target, BoardHeader.Locator {

	private static final int COUNTS_MILLIS = 500;

	private final ExtensionBoard board;
	private final Optional<OperatorConsole> console;
	private final BoardTabs tabs;
	private final UISynchronize ui;
	private final BoardModel model = new BoardModel();
	private final Composite root;
	private final BoardHeader header;
	private final BoardNavigation navigation;
	private final PendingBanner banner;
	private final BoardCanvas canvas;
	private final BoardChangeRelay relay;
	private final AtomicReference<PendingAction> pending = new AtomicReference<>(PendingAction.NONE);
	private final AtomicBoolean consoleFlushPending = new AtomicBoolean();
	private final OperatorConsole.Listener consoleListener = this::consoleChanged;
	private final AtomicBoolean tabsFlushPending = new AtomicBoolean();
	private final Runnable tabsListener = this::tabsChanged;
	private final Runnable countsUpdate = this::showCounts;
	private boolean countsScheduled;

	public BoardView(Composite parent, ExtensionBoard board, UISynchronize ui, BoardTabs tabs,
			Optional<OperatorConsole> console, Optional<BoardActions> actions) {
		this.board = board;
		this.ui = ui;
		this.tabs = tabs;
		this.console = console;
		root = WidgetIds.tag(new Composite(parent, SWT.NONE), "board");
		GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(root);
		Swatches swatches = new Swatches(root);
		header = new BoardHeader(root, swatches, this);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(header.control());
		canvas = WidgetIds.tag(new BoardCanvas(root), "board.canvas");
		GridDataFactory.fillDefaults().grab(true, true).applyTo(canvas);
		navigation = new BoardNavigation(root, canvas, this::selectTab);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(navigation.control());
		navigation.control().moveAbove(canvas);
		banner = new PendingBanner(root);
		banner.control().moveAbove(canvas);
		BoardLegend.create(root, swatches);

		BoardCommands commands = new BoardCommands(console, actions, ui, canvas, this::clearLocate,
				header::typeAhead);
		new TileInput(canvas, commands, this::tooltip);
		new TileMenu(canvas, commands);
		new TileAccessibility(canvas, this::accessibleName);
		canvas.addViewportListener(navigation::viewportChanged);
		canvas.setCursor(canvas.getDisplay().getSystemCursor(SWT.CURSOR_HAND));

		relay = new BoardChangeRelay(ui, this);
		reloadTabs();
		boardReset();
		board.addListener(relay);
		tabs.addChangeListener(tabsListener);
		console.ifPresent(c -> {
			c.addListener(consoleListener);
			showPending(c.state().pending());
		});
		root.addListener(SWT.Dispose, e -> disconnect());
	}

	public Composite control() {
		return root;
	}

	public BoardCanvas canvas() {
		return canvas;
	}

	private void disconnect() {
		relay.close();
		board.removeListener(relay);
		tabs.removeChangeListener(tabsListener);
		console.ifPresent(c -> c.removeListener(consoleListener));
	}

	// ---- board changes (display thread, via the relay) ----

	@Override
	public void boardReset() {
		if (root.isDisposed()) {
			return;
		}
		model.load(board.extensions());
		canvas.setTiles(model.shown());
		header.showCounts(board.counts());
	}

	@Override
	public void extensionsChanged(Set<String> numbers) {
		if (root.isDisposed()) {
			return;
		}
		List<Extension> changed = new ArrayList<>(numbers.size());
		for (String number : numbers) {
			Optional<Extension> extension = board.extension(number);
			boolean known = extension.isPresent() ? model.update(extension.get()) : !model.contains(number);
			if (!known) {
				boardReset(); // an extension came or went: rare, so reload everything
				return;
			}
			extension.ifPresent(changed::add);
		}
		canvas.updateTiles(changed);
		scheduleCounts();
	}

	/**
	 * The counters follow a few times a second, not at every flush: nobody reads 500 changes a second
	 * in a number, and each label update costs a repaint of the header.
	 */
	private void scheduleCounts() {
		if (!countsScheduled) {
			countsScheduled = true;
			root.getDisplay().timerExec(COUNTS_MILLIS, countsUpdate);
		}
	}

	private void showCounts() {
		countsScheduled = false;
		if (!root.isDisposed()) {
			header.showCounts(board.counts());
		}
	}

	// ---- tabs ----

	private void tabsChanged() {
		if (tabsFlushPending.compareAndSet(false, true)) {
			ui.asyncExec(() -> {
				tabsFlushPending.set(false);
				reloadTabs();
			});
		}
	}

	private void reloadTabs() {
		if (root.isDisposed()) {
			return;
		}
		model.setTabs(tabs.tabs());
		navigation.setTabs(model.tabs(), model.current());
		canvas.setTiles(model.shown());
	}

	private void selectTab(Tab tab) {
		if (!tab.equals(model.current())) {
			model.select(tab);
			canvas.setTiles(model.shown());
			canvas.showPage(0);
		}
	}

	// ---- type-to-locate ----

	@Override
	public void locate(String query) {
		Optional<Extension> found = model.locate(query);
		found.flatMap(e -> model.tabShowing(e.number())).ifPresent(tab -> {
			if (!tab.equals(model.current())) {
				selectTab(tab);
				navigation.select(tab);
			}
		});
		int index = found.map(e -> canvas.indexOf(e.number())).orElse(-1);
		canvas.setHighlight(index);
		if (index >= 0) {
			canvas.showPageOf(index); // whole pages, so the page bar tells where the tile is
			canvas.setFocusIndex(index);
		}
		header.showFound(found.isPresent());
	}

	@Override
	public void goToLocated() {
		int index = canvas.indexOf(canvas.highlightedNumber());
		if (index >= 0) {
			canvas.setFocus();
			canvas.setFocusIndex(index);
		}
	}

	private void clearLocate() {
		header.clearLocate(); // its modify event clears the highlight
		canvas.setHighlight(-1);
	}

	// ---- console state: only the pending key matters here ----

	private void consoleChanged(ConsoleState state) {
		pending.set(state.pending());
		if (consoleFlushPending.compareAndSet(false, true)) {
			ui.asyncExec(() -> {
				consoleFlushPending.set(false);
				if (!root.isDisposed()) {
					showPending(pending.get());
				}
			});
		}
	}

	private void showPending(PendingAction action) {
		pending.set(action);
		banner.show(action);
		int cursor = action == PendingAction.NONE ? SWT.CURSOR_HAND : SWT.CURSOR_CROSS;
		canvas.setCursor(canvas.getDisplay().getSystemCursor(cursor));
	}

	// ---- texts ----

	private String tooltip(Extension e) {
		String name = e.hasUserName() ? e.userName() : Messages.Tile_noName;
		String hint = switch (pending.get()) {
		case PICKUP -> Messages.Tile_clickPickup;
		case BARGE_IN -> Messages.Tile_clickBargeIn;
		case FORCE_RELEASE -> Messages.Tile_clickForceRelease;
		case NONE -> Messages.Tile_clickDial;
		};
		return NLS.bind(Messages.Tile_tooltip, new Object[] { e.number(), name, Lamp.description(e.state()) }) + "\n"
				+ hint;
	}

	private String accessibleName(Extension e) {
		String name = e.hasUserName() ? e.userName() : Messages.Tile_noName;
		return NLS.bind(Messages.Access_tile, new Object[] { e.number(), name, Lamp.description(e.state()) });
	}
}
