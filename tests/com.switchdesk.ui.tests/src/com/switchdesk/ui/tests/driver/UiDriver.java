package com.switchdesk.ui.tests.driver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Widget;

import com.switchdesk.ui.WidgetIds;

/**
 * Drives the running product the way an operator does: real mouse and key events sent through the
 * X server (see {@link XInput}), widgets found by their SWTBot widget-key id, and waits for a
 * condition with a time-out.
 * <p>
 * Tests run on their own thread (see {@link RunningProduct}), as with
 * SWTBot, so that a modal dialog opened by a click does not block the test. Widgets are only
 * touched on the UI thread: through {@link #onUi(Supplier)} or inside a wait condition, which is
 * always evaluated on the UI thread.
 */
public final class UiDriver {

	public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

	private final Display display;
	private final XInput input = new XInput();
	private static Point lastClick;
	private static long lastClickAt;

	public UiDriver(Display display) {
		this.display = display;
	}

	/** The driver for the running product (started on first use). */
	public static UiDriver forProduct() {
		return new UiDriver(RunningProduct.get().display());
	}

	public Display display() {
		return display;
	}

	// ---- threads ----

	/** Computes a value on the UI thread. */
	public <T> T onUi(Supplier<T> work) {
		if (Display.getCurrent() == display) {
			return work.get();
		}
		List<T> result = new ArrayList<>(1);
		display.syncExec(() -> result.add(work.get()));
		return result.get(0);
	}

	public void run(Runnable work) {
		onUi(() -> {
			work.run();
			return null;
		});
	}

	// ---- waiting ----

	/**
	 * Waits until {@code condition}, evaluated on the UI thread every 10 ms, holds; fails naming
	 * {@code what} after the time-out.
	 */
	public void waitUntil(String what, BooleanSupplier condition, Duration timeout) {
		if (Display.getCurrent() == display) {
			throw new IllegalStateException("waitUntil must be called from the test thread, not the UI thread");
		}
		CompletableFuture<Void> done = new CompletableFuture<>();
		Runnable check = new Runnable() {
			@Override
			public void run() {
				if (done.isDone() || display.isDisposed()) {
					return;
				}
				try {
					if (condition.getAsBoolean()) {
						done.complete(null);
					} else {
						display.timerExec(10, this);
					}
				} catch (RuntimeException | AssertionError e) {
					done.completeExceptionally(e);
				}
			}
		};
		display.asyncExec(check);
		try {
			done.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		} catch (TimeoutException e) {
			done.cancel(false);
			Path picture = screenshotOfScreen("timeout-" + System.currentTimeMillis());
			throw new AssertionError("Timed out after " + timeout.toMillis() + " ms waiting for: " + what
					+ " (the screen then: " + picture + ")");
		} catch (ExecutionException e) {
			throw new AssertionError("Failed while waiting for: " + what, e.getCause());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError("Interrupted while waiting for: " + what, e);
		}
	}

	public void waitUntil(String what, BooleanSupplier condition) {
		waitUntil(what, condition, DEFAULT_TIMEOUT);
	}

	/** Waits until {@code value} (computed on the UI thread) is not null, and returns it. */
	public <T> T waitFor(String what, Supplier<T> value, Duration timeout) {
		List<T> found = new ArrayList<>(1);
		waitUntil(what, () -> {
			T v = value.get();
			if (v != null) {
				found.add(v);
			}
			return v != null;
		}, timeout);
		return found.get(0);
	}

	/** Waits until the UI thread has handled everything queued before this call. */
	public void settle() {
		run(() -> {
			while (display.readAndDispatch()) {
				// drain what is queued
			}
		});
	}

	// ---- finding ----

	/** The text of the widget with this id now ("" when it is not there); safe from any thread. */
	public String textOf(String id) {
		return onUi(() -> find(id).map(UiDriver::textOfWidget).orElse(""));
	}

	public static String textOfWidget(Widget w) {
		if (w.isDisposed()) {
			return "";
		}
		if (w instanceof org.eclipse.swt.widgets.Label l) {
			return l.getText();
		}
		if (w instanceof org.eclipse.swt.widgets.Button b) {
			return b.getText();
		}
		if (w instanceof org.eclipse.swt.widgets.Text t) {
			return t.getText();
		}
		if (w instanceof org.eclipse.swt.widgets.Combo c) {
			return c.getText();
		}
		if (w instanceof org.eclipse.swt.widgets.Item i) {
			return i.getText();
		}
		return "";
	}

	/** Looks up a widget by id now (on the UI thread). */
	public Optional<Widget> find(String id) {
		// a part shown in both perspectives (the directory) has its ids twice: the one on screen is meant
		return onUi(() -> {
			List<Widget> all = findAll(w -> id.equals(WidgetIds.of(w)));
			return all.stream().filter(UiDriver::isShowing).findFirst().or(() -> all.stream().findFirst());
		});
	}

	/** Waits until a widget with this id exists and is showing. */
	@SuppressWarnings("unchecked")
	public <W extends Widget> W widget(String id) {
		return (W) waitFor("widget '" + id + "' to be shown",
				() -> findAll(w -> id.equals(WidgetIds.of(w))).stream().filter(UiDriver::isShowing).findFirst()
						.orElse(null),
				DEFAULT_TIMEOUT);
	}

	/** All widgets in all shells that pass {@code test}; call on the UI thread. */
	public List<Widget> findAll(Predicate<Widget> test) {
		List<Widget> result = new ArrayList<>();
		for (Shell shell : display.getShells()) {
			collect(shell, test, result);
		}
		return result;
	}

	private static void collect(Widget widget, Predicate<Widget> test, List<Widget> result) {
		if (widget.isDisposed()) {
			return;
		}
		if (test.test(widget)) {
			result.add(widget);
		}
		if (widget instanceof ToolBar bar) {
			for (ToolItem item : bar.getItems()) {
				collect(item, test, result);
			}
		}
		if (widget instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, test, result);
			}
		}
		if (widget instanceof Shell shell) {
			for (Shell child : shell.getShells()) {
				collect(child, test, result);
			}
		}
	}

	/** Whether a widget is visible to the operator; call on the UI thread. */
	public static boolean isShowing(Widget widget) {
		if (widget.isDisposed()) {
			return false;
		}
		if (widget instanceof Control control) {
			return control.isVisible();
		}
		if (widget instanceof ToolItem item) {
			return item.getParent().isVisible();
		}
		return true;
	}

	// ---- acting with real OS events ----

	/** Clicks the middle of a control or tool item with the left mouse button. */
	public void click(Widget widget) {
		Point p = onUi(() -> centre(widget));
		singleClick(p, 1);
	}

	/**
	 * A single click: when the previous click was at the same place within the double-click time,
	 * GTK would take the two as a double-click, so wait until that time has passed, as a person
	 * clicking twice would.
	 */
	private void singleClick(Point p, int button) {
		clicks(p, button, 1);
	}

	/**
	 * Clicks {@code count} times. GTK counts clicks at one place as one multi-click while each comes
	 * within twice the double-click time of the one before last (a triple click), even across tests;
	 * so a click right after another at the same place first waits for that time to pass, as a
	 * person clicking again would.
	 */
	private void clicks(Point p, int button, int count) {
		if (lastClick != null && Math.abs(lastClick.x - p.x) <= 8 && Math.abs(lastClick.y - p.y) <= 8) {
			long doubleClickNanos = onUi(() -> (long) display.getDoubleClickTime()) * 2_000_000L + 100_000_000L;
			long since = lastClickAt;
			waitUntil("the double-click time to pass", () -> System.nanoTime() - since > doubleClickNanos);
		}
		pointAt(p);
		input.click(button, count);
		lastClick = p;
		lastClickAt = System.nanoTime();
	}

	public void doubleClick(Widget widget) {
		clicks(onUi(() -> centre(widget)), 1, 2);
	}

	public void rightClick(Widget widget) {
		Point p = onUi(() -> centre(widget));
		singleClick(p, 3);
	}

	/** Clicks at a point relative to a control's top-left corner. */
	public void clickAt(Control control, int x, int y) {
		Point p = onUi(() -> control.toDisplay(x, y));
		singleClick(p, 1);
	}

	public void doubleClickAt(Control control, int x, int y) {
		clicks(onUi(() -> control.toDisplay(x, y)), 1, 2);
	}

	/**
	 * Moves the pointer and lets the UI handle the motion before anything is clicked: a tooltip the
	 * pointer left is then gone, instead of catching the click.
	 */
	private void pointAt(Point p) {
		input.move(p.x, p.y);
		settle();
	}

	/** Types text as key presses into the focused widget. */
	public void type(String text) {
		input.type(text);
	}

	/**
	 * Presses a key combination named as X keysyms joined by '+', e.g. {@code "F9"}, {@code "Return"},
	 * {@code "ctrl+2"}, {@code "alt+w"}, {@code "Delete"}.
	 */
	public void press(String keys) {
		input.key(keys);
	}

	private static Point centre(Widget widget) {
		if (widget instanceof Control control) {
			Point size = control.getSize();
			return control.toDisplay(size.x / 2, size.y / 2);
		}
		if (widget instanceof ToolItem item) {
			Rectangle b = item.getBounds();
			return item.getParent().toDisplay(b.x + b.width / 2, b.y + b.height / 2);
		}
		throw new IllegalArgumentException("Cannot click " + widget + " directly; click its control");
	}

	// ---- looking ----

	/** Saves the whole screen, e.g. when a wait timed out, to see what the operator would have seen. */
	public Path screenshotOfScreen(String name) {
		try {
			return onUi(() -> save(display.getBounds(), name));
		} catch (RuntimeException | AssertionError e) {
			return Path.of("(no screenshot: " + e + ")");
		}
	}

	private Path save(Rectangle area, String name) {
		Image image = new Image(display, area.width, area.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, area.x, area.y);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
			Files.createDirectories(dir);
			Path file = dir.resolve(name + ".png");
			loader.save(file.toString(), SWT.IMAGE_PNG);
			return file;
		} catch (IOException e) {
			throw new AssertionError("Could not save screenshot " + name, e);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	/**
	 * Saves what the operator sees in {@code shell} as {@code <screenshots.dir>/<name>.png} and
	 * returns the file.
	 */
	public Path screenshot(Shell shell, String name) {
		settle();
		return onUi(() -> save(shell.getBounds(), name));
	}
}
