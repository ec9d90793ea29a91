package com.switchdesk.product.internal;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;

import com.switchdesk.ui.WidgetIds;

/**
 * The customer's start-up picture, shown while the workbench builds its window. The product has no native
 * launcher and so no native splash: this is an SWT shell opened from the life-cycle hook, which runs
 * before the application model is loaded. It closes itself the moment the first other top-level shell is
 * shown (the main window), so it never covers the console or a dialog.
 */
final class StartupSplash {

	private static final int MAX_PAINT_WAIT_MS = 400;

	private final Display display;
	private final Shell shell;
	private final Image picture;
	private final Listener closeOnOtherShell;
	private boolean painted;

	private StartupSplash(Display display, Image picture, String caption) {
		this.display = display;
		this.picture = picture;
		Rectangle size = picture.getBounds();
		shell = new Shell(display, SWT.NO_TRIM | SWT.ON_TOP);
		WidgetIds.tag(shell, "splash");
		// no window title: scripts that wait for the main window by the product's name must not find this one
		shell.setSize(size.width, size.height);
		Rectangle screen = display.getPrimaryMonitor().getClientArea();
		shell.setLocation(screen.x + (screen.width - size.width) / 2, screen.y + (screen.height - size.height) / 2);
		shell.addPaintListener(e -> {
			e.gc.drawImage(picture, 0, 0);
			// a dark band under the caption keeps it readable on any customer's picture
			Point text = e.gc.textExtent(caption);
			e.gc.setAlpha(150);
			e.gc.setBackground(display.getSystemColor(SWT.COLOR_BLACK));
			e.gc.fillRectangle(0, size.height - text.y - 8, size.width, text.y + 8);
			e.gc.setAlpha(255);
			e.gc.setForeground(display.getSystemColor(SWT.COLOR_WHITE));
			e.gc.drawText(caption, size.width - text.x - 10, size.height - text.y - 4, true);
			painted = true;
		});
		closeOnOtherShell = event -> {
			if (event.widget instanceof Shell other && other != shell && other.getParent() == null) {
				close();
			}
		};
		display.addFilter(SWT.Show, closeOnOtherShell);
	}

	/**
	 * Opens the splash and waits (at most {@value #MAX_PAINT_WAIT_MS} ms) until it has been painted once: the
	 * event loop is not running yet, and the model load that follows does not dispatch paint events.
	 *
	 * @return the open splash, or {@code null} if the picture cannot be loaded (that costs only the splash)
	 */
	static StartupSplash show(Display display, ImageDescriptor picture, String productName, String version) {
		Image image = picture.createImage(false, display);
		if (image == null) {
			return null;
		}
		StartupSplash splash = new StartupSplash(display, image, NLS.bind(Messages.Splash_starting, productName, version));
		splash.shell.open();
		boolean[] timedOut = { false };
		display.timerExec(MAX_PAINT_WAIT_MS, () -> timedOut[0] = true);
		while (!splash.painted && !timedOut[0] && !display.isDisposed()) {
			if (!display.readAndDispatch()) {
				display.sleep();
			}
		}
		JvmSplash.close(); // ours is on screen now, in the same place: the hand-over shows no gap
		return splash;
	}

	/** Closes the splash; safe to call more than once. */
	void close() {
		if (!display.isDisposed()) {
			display.removeFilter(SWT.Show, closeOnOtherShell);
		}
		if (!shell.isDisposed()) {
			shell.dispose();
		}
		if (!picture.isDisposed()) {
			picture.dispose();
		}
	}
}
