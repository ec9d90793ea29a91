package com.switchdesk.bench.board;

import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import com.switchdesk.ui.WidgetIds;
import com.switchdesk.ui.board.BoardTabs;
import com.switchdesk.ui.board.BoardView;

/**
 * Saves a picture of the board with the demo extensions (Chinese and English names, every state),
 * to judge it as an operator would. The language follows the JVM locale ({@code -Duser.language=zh
 * -Duser.country=CN} for Chinese). Options: {@code --screenshot FILE --extensions N --width W
 * --height H [--locate NUMBER]}.
 */
public final class BoardScreenshot {

	private BoardScreenshot() {
	}

	public static void main(String[] args) {
		Options o = Options.parse(args);
		Display display = new Display();
		Shell shell = new Shell(display);
		shell.setText("SwitchDesk board");
		shell.setLayout(new FillLayout());
		shell.setBounds(0, 0, o.width(), o.height());
		FakeBoard board = new FakeBoard(DemoExtensions.create(o.extensions()));
		BoardView view = new BoardView(shell, board, new DisplaySync(display), BoardTabs.allExtensions(),
				Optional.empty(), Optional.empty());
		shell.open();
		if (o.locate() != null) {
			Text locate = find(view, "board.locate");
			locate.setText(o.locate());
		}
		drain(display);
		if (Boolean.getBoolean("board.debugLayout")) {
			dump(view.control(), "");
			System.out.println("highlighted " + view.canvas().highlightedNumber() + " bounds "
					+ view.canvas().tileBounds(String.valueOf(view.canvas().highlightedNumber())));
		}
		Rectangle area = shell.getBounds();
		Image image = new Image(display, area.width, area.height);
		GC gc = new GC(display);
		gc.copyArea(image, area.x, area.y);
		gc.dispose();
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { image.getImageData() };
		loader.save(o.screenshot(), SWT.IMAGE_PNG);
		image.dispose();
		display.dispose();
		System.out.println("saved " + o.screenshot());
	}

	private static Text find(BoardView view, String id) {
		java.util.ArrayDeque<org.eclipse.swt.widgets.Control> queue = new java.util.ArrayDeque<>();
		queue.add(view.control());
		while (!queue.isEmpty()) {
			org.eclipse.swt.widgets.Control c = queue.poll();
			if (id.equals(WidgetIds.of(c)) && c instanceof Text text) {
				return text;
			}
			if (c instanceof org.eclipse.swt.widgets.Composite composite) {
				queue.addAll(java.util.List.of(composite.getChildren()));
			}
		}
		throw new IllegalStateException("no " + id);
	}

	private static void dump(org.eclipse.swt.widgets.Control c, String indent) {
		System.out.println(indent + c.getClass().getSimpleName() + " " + c.getBounds() + " " + WidgetIds.of(c));
		if (c instanceof org.eclipse.swt.widgets.Composite composite) {
			for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
				dump(child, indent + "  ");
			}
		}
	}

	/** Lets the window map and paint: runs the event loop until it has been idle for a while. */
	private static void drain(Display display) {
		long end = System.nanoTime() + 2_500_000_000L; // past the located tile's blinking
		while (System.nanoTime() < end) {
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
				});
				display.sleep();
			}
		}
	}
}
