package com.switchdesk.ui.tests.board;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.Widget;

import com.switchdesk.callcontrol.ExtensionBoard;
import com.switchdesk.callcontrol.OperatorConsole;
import com.switchdesk.pbx.model.Extension;
import com.switchdesk.ui.WidgetIds;
import com.switchdesk.ui.board.BoardActions;
import com.switchdesk.ui.board.BoardCanvas;
import com.switchdesk.ui.board.BoardTabs;
import com.switchdesk.ui.operator.ExtensionBoardPart;
import com.switchdesk.ui.tests.driver.UiDriver;

/**
 * Page object of the Extensions part in a plain shell on the product's display: the part POJO is
 * made by e4 injection from a context holding a fake board, a recording console and actions, and a
 * counting {@link UISynchronize}. Tiles are clicked with real mouse events at their drawn bounds.
 */
public final class BoardFixture implements AutoCloseable {

	private final UiDriver ui;
	private final FakeExtensionBoard board;
	private final FakeConsole console = new FakeConsole();
	private final RecordingActions actions = new RecordingActions();
	private final CountingUiSync sync;
	private final List<String> painted = new CopyOnWriteArrayList<>();
	private final MutableTabs tabs;
	private final IEclipseContext context;
	private final Shell shell;
	/** Held here as the workbench's MPart holds it: e4 only re-injects objects that are still alive. */
	private final Object part;

	private BoardFixture(UiDriver ui, List<Extension> extensions, MutableTabs tabs, boolean withBoard) {
		this.ui = ui;
		this.tabs = tabs;
		this.board = new FakeExtensionBoard(extensions);
		this.sync = new CountingUiSync(ui.display());
		pointerAway();
		Object[] made = ui.onUi(() -> {
			Shell s = new Shell(ui.display());
			s.setText("Extensions part under test");
			s.setLayout(new FillLayout());
			s.setBounds(40, 40, 1000, 700);
			IEclipseContext c = EclipseContextFactory.create("board-test");
			c.set(Composite.class, s);
			c.set(UISynchronize.class, sync);
			c.set(OperatorConsole.class, console.console());
			c.set(BoardActions.class, actions);
			if (tabs != null) {
				c.set(BoardTabs.class, tabs);
			}
			if (withBoard) {
				c.set(ExtensionBoard.class, board);
			}
			Object p = ContextInjectionFactory.make(ExtensionBoardPart.class, c);
			s.open();
			s.forceActive();
			return new Object[] { s, c, p };
		});
		shell = (Shell) made[0];
		context = (IEclipseContext) made[1];
		part = made[2];
		ui.waitUntil("the test shell to be active", () -> ui.display().getActiveShell() == shell);
		ui.settle();
	}

	/** The part on a board of {@code count} demo extensions (see {@link DemoBoard}). */
	public static BoardFixture open(UiDriver ui, int count) {
		return new BoardFixture(ui, DemoBoard.extensions(count), null, true);
	}

	/** The same with the tabs of {@link MutableTabs}. */
	public static BoardFixture withTabs(UiDriver ui, int count) {
		return new BoardFixture(ui, DemoBoard.extensions(count), new MutableTabs(), true);
	}

	/** The part without an extension board service (call control not running). */
	public static BoardFixture withoutBoard(UiDriver ui, int count) {
		return new BoardFixture(ui, DemoBoard.extensions(count), null, false);
	}

	public static String number(int i) {
		return DemoBoard.number(i);
	}

	public FakeExtensionBoard fake() {
		return board;
	}

	public FakeConsole console() {
		return console;
	}

	public RecordingActions actions() {
		return actions;
	}

	public CountingUiSync sync() {
		return sync;
	}

	public MutableTabs tabs() {
		return tabs;
	}

	/** Numbers of the tiles painted since {@link #recordPaints()}. */
	public List<String> painted() {
		return painted;
	}

	/** The board service arrives later, as an OSGi service would. */
	public void registerBoard() {
		ui.run(() -> context.set(ExtensionBoard.class, board));
	}

	public Shell shell() {
		return shell;
	}

	public BoardCanvas canvas() {
		return widget("board.canvas");
	}

	/**
	 * Waits for the widget with this id in the test shell or its dialogs; the product's own board,
	 * in the main window, carries the same ids.
	 */
	@SuppressWarnings("unchecked")
	public <W extends Widget> W widget(String id) {
		return (W) ui.waitFor("widget '" + id + "' in the test shell", () -> find(shell, id), UiDriver.DEFAULT_TIMEOUT);
	}

	private static Widget find(Widget widget, String id) {
		if (widget.isDisposed()) {
			return null;
		}
		if (id.equals(WidgetIds.of(widget)) && UiDriver.isShowing(widget)) {
			return widget;
		}
		List<Widget> children = new java.util.ArrayList<>();
		if (widget instanceof Shell s) {
			children.addAll(List.of(s.getShells()));
		}
		if (widget instanceof Composite c) {
			children.addAll(List.of(c.getChildren()));
		}
		if (widget instanceof ToolBar bar) {
			children.addAll(List.of(bar.getItems()));
		}
		if (widget instanceof CTabFolder folder) {
			children.addAll(List.of(folder.getItems()));
		}
		for (Widget child : children) {
			Widget found = find(child, id);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	/** Records every tile whose pixels reach the window from now on. */
	public void recordPaints() {
		BoardCanvas canvas = canvas();
		ui.run(() -> canvas.setPaintProbe(painted::add));
	}

	/** The tile's bounds once it is on screen. */
	public Rectangle tile(String number) {
		BoardCanvas canvas = canvas();
		return ui.waitFor("tile " + number + " on screen", () -> canvas.tileBounds(number), UiDriver.DEFAULT_TIMEOUT);
	}

	/** Clicks the number line of a tile (a click there dials at once). */
	public void clickNumber(String number) {
		Rectangle r = tile(number);
		ui.clickAt(canvas(), r.x + r.width / 2, r.y + 8);
	}

	public void doubleClickName(String number) {
		BoardCanvas canvas = canvas();
		Rectangle band = ui.onUi(() -> canvas.tileNameBounds(number));
		ui.doubleClickAt(canvas, band.x + band.width / 2, band.y + band.height / 2);
	}

	public void rightClick(String number) {
		Rectangle r = tile(number);
		BoardCanvas canvas = canvas();
		Point p = ui.onUi(() -> canvas.toDisplay(r.x + r.width / 2, r.y + 8));
		// no --sync: xdotool then waits seconds for a motion event when the pointer is already there
		xdotool("mousemove", String.valueOf(p.x), String.valueOf(p.y), "click", "3");
	}

	/** The colour on screen at a point of a control (read back from the X server). */
	/** The fill of a tile as it is on screen: a pixel near its bottom right corner, clear of text and rings. */
	public RGB fillOf(String number) {
		Rectangle r = tile(number);
		return pixel(canvas(), r.x + r.width - 5, r.y + r.height - 5);
	}

	/** Clicks a tab of the strip above the board. */
	public void clickTab(String id) {
		CTabFolder folder = widget("board.tabs");
		CTabItem item = widget(id);
		Rectangle r = ui.onUi(item::getBounds);
		ui.clickAt(folder, r.x + r.width / 2, r.y + r.height / 2);
	}

	RGB pixel(Control control, int x, int y) {
		return ui.onUi(() -> {
			Point p = control.toDisplay(x, y);
			Image image = new Image(ui.display(), 1, 1);
			GC gc = new GC(ui.display());
			try {
				gc.copyArea(image, p.x, p.y);
				ImageData data = image.getImageData();
				return data.palette.getRGB(data.getPixel(0, 0));
			} finally {
				gc.dispose();
				image.dispose();
			}
		});
	}

	public Path screenshot(String name) {
		return ui.screenshot(shell, name);
	}

	/** Parks the pointer outside the test shell so no hover changes a tile behind a test's back. */
	static void pointerAway() {
		xdotool("mousemove", "2", "2");
	}

	private static void xdotool(String... args) {
		String[] command = new String[args.length + 1];
		command[0] = "xdotool";
		System.arraycopy(args, 0, command, 1, args.length);
		try {
			Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
			if (p.waitFor() != 0) {
				throw new AssertionError("xdotool failed: " + String.join(" ", command));
			}
		} catch (IOException e) {
			throw new AssertionError("xdotool is needed for UI tests", e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
	}

	/** The part object, for tests that need it alive or want to look at it. */
	public Object part() {
		return part;
	}

	@Override
	public void close() {
		ui.run(() -> {
			if (!shell.isDisposed()) {
				shell.dispose();
			}
			context.dispose();
		});
		board.shutdown();
	}
}
