package com.switchdesk.bench.board;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import com.switchdesk.pbx.model.Extension;
import com.switchdesk.ui.board.BoardCanvas;
import com.switchdesk.ui.board.BoardTabs;
import com.switchdesk.ui.board.BoardView;

/**
 * The board under PBX load (a benchmark, not a test): N extensions, events at a fixed rate from
 * another thread through the real {@link BoardView} (relay, model, canvas). Measures, on the display
 * thread, the time from an event to its tile being painted (p50/p99), the display thread's busy
 * fraction, a full repaint, building the board, and the heap the board's UI holds after GC.
 * <p>
 * Run by {@code releng/scripts/benchmark.sh board}; options:
 * {@code --extensions 10000 --rate 500 --seconds 30 --warmup 5 --targets visible|all --width 1366 --height 900}.
 */
public final class BoardBenchmark {

	private BoardBenchmark() {
	}

	public static void main(String[] args) {
		Options o = Options.parse(args);
		long heapBefore = heapAfterGc();
		List<Extension> extensions = DemoExtensions.create(o.extensions());
		FakeBoard board = new FakeBoard(extensions);
		long heapWithBoard = heapAfterGc();

		Display display = new Display();
		Shell shell = new Shell(display);
		shell.setText("SwitchDesk board benchmark");
		shell.setLayout(new FillLayout());
		shell.setSize(o.width(), o.height());
		DisplaySync sync = new DisplaySync(display);
		long[] painted = new long[1];
		long buildStart = System.nanoTime();
		BoardView view = new BoardView(shell, board, sync, BoardTabs.allExtensions(), Optional.empty(), Optional.empty());
		BoardCanvas canvas = view.canvas();
		canvas.setPaintProbe(number -> painted[0]++);
		shell.open();
		pumpUntil(display, () -> painted[0] > 0 && !hasPending(display));
		long buildMillis = (System.nanoTime() - buildStart) / 1_000_000;
		int firstShown = 0;
		int lastShown = Math.min(canvas.tileCount(), canvas.columns() * canvas.visibleRows()) - 1;
		long heapWithView = heapAfterGc();

		double[] fullRepaint = pageTurnPaintMillis(display, canvas, 20);

		String[] targets = o.allTargets() ? extensions.stream().map(Extension::number).toArray(String[]::new)
				: extensions.subList(firstShown, lastShown + 1).stream().map(Extension::number).toArray(String[]::new);
		Map<String, Long> sentAt = new ConcurrentHashMap<>();
		Map<String, Long> sentAtForDraw = new ConcurrentHashMap<>();
		LatencyLog latencies = new LatencyLog(o.rate() * (o.seconds() + o.warmup()) * 2);
		LatencyLog drawLatencies = new LatencyLog(o.rate() * (o.seconds() + o.warmup()) * 2);
		canvas.setPaintProbe(number -> record(sentAt, number, latencies));
		canvas.setDrawProbe(number -> record(sentAtForDraw, number, drawLatencies));
		EventSource events = new EventSource(board, targets, o.rate(), sentAt, sentAtForDraw);
		events.start();
		runFor(display, o.warmup() * 1_000_000_000L, null);
		latencies.clear();
		drawLatencies.clear();
		long sentBefore = events.sent();
		long execsBefore = sync.asyncExecs();
		long repaintsBefore = canvas.tileRepaints();
		long[] busy = new long[2];
		runFor(display, o.seconds() * 1_000_000_000L, busy);
		long sent = events.sent() - sentBefore;
		events.stop();

		System.out.printf("board: %d extensions, %d tiles on screen (%d columns), window %dx%d, events on %s tiles%n",
				o.extensions(), lastShown + 1, canvas.columns(), o.width(), o.height(),
				o.allTargets() ? "all" : "the on-screen");
		System.out.printf("events: %d in %d s (%.0f/s); asyncExec flushes: %d; tiles repainted: %d%n", sent,
				o.seconds(), sent / (double) o.seconds(), sync.asyncExecs() - execsBefore,
				canvas.tileRepaints() - repaintsBefore);
		print("event -> tile drawn into the back buffer", drawLatencies);
		print("event -> tile copied to the window (GTK paint)", latencies);
		System.out.printf("display thread: busy %.1f %% of wall time (not asleep in Display.sleep), CPU %.1f %%%n",
				100.0 * busy[0] / (o.seconds() * 1e9), 100.0 * busy[1] / (o.seconds() * 1e9));
		System.out.printf("page turn (every tile on screen drawn and copied): paint p50 %.2f ms, max %.2f ms%n",
				fullRepaint[0], fullRepaint[1]);
		System.out.printf("build and first paint: %d ms%n", buildMillis);
		System.out.printf("heap after GC: %d extensions as Extension records %.1f MB; the board view on top %.1f MB%n",
				o.extensions(), (heapWithBoard - heapBefore) / 1e6, (heapWithView - heapWithBoard) / 1e6);
		// the tile images are cairo surfaces in native memory, which the Java heap does not show
		org.eclipse.swt.graphics.Rectangle tile = canvas.tileBounds(extensions.get(0).number());
		long slotBytes = (long) (tile.width + 4) * (tile.height + 4) * 4;
		System.out.printf("native memory of the tile images: %d on screen x %d x %d x 4 bytes = %.1f MB, plus at most 36 "
				+ "skins of %.0f KB%n", lastShown + 1, tile.width + 4, tile.height + 4, (lastShown + 1) * slotBytes / 1e6,
				(double) tile.width * tile.height * 4 / 1e3);
		shell.dispose();
		display.dispose();
	}

	private static void record(Map<String, Long> sentAt, String number, LatencyLog log) {
		Long t0 = sentAt.remove(number);
		if (t0 != null) {
			log.add(System.nanoTime() - t0);
		}
	}

	private static void print(String what, LatencyLog log) {
		System.out.printf("%s: p50 %.3f ms, p90 %.3f ms, p99 %.3f ms, max %.3f ms (%d samples)%n", what,
				log.percentile(50), log.percentile(90), log.percentile(99), log.percentile(100), log.size());
	}

	/** Runs the event loop for {@code nanos}; when {@code busy} is given, adds the time not asleep and the CPU time. */
	private static void runFor(Display display, long nanos, long[] busy) {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long start = System.nanoTime();
		long cpuStart = threads.getCurrentThreadCpuTime();
		long end = start + nanos;
		long asleep = 0;
		display.timerExec((int) (nanos / 1_000_000) + 1, () -> {
			// wakes the loop at the end even if no event arrives
		});
		while (System.nanoTime() < end) {
			if (!display.readAndDispatch()) {
				long s = System.nanoTime();
				display.sleep();
				asleep += System.nanoTime() - s;
			}
		}
		if (busy != null) {
			busy[0] = System.nanoTime() - start - asleep;
			busy[1] = threads.getCurrentThreadCpuTime() - cpuStart;
		}
	}

	/**
	 * Turns the page back and forth and times the paint event that follows (it draws every tile on
	 * screen into its image and copies them all): the cost of a scroll, a page change or a resize.
	 */
	private static double[] pageTurnPaintMillis(Display display, BoardCanvas canvas, int runs) {
		long[] started = new long[1];
		double[] times = new double[runs];
		int[] done = new int[1];
		org.eclipse.swt.widgets.Listener before = e -> {
			if (e.widget == canvas) {
				started[0] = System.nanoTime();
			}
		};
		org.eclipse.swt.widgets.Listener after = e -> {
			if (done[0] < runs && started[0] != 0) {
				times[done[0]++] = (System.nanoTime() - started[0]) / 1e6;
				started[0] = 0;
			}
		};
		display.addFilter(org.eclipse.swt.SWT.Paint, before); // filters run before the canvas's own listener
		canvas.addListener(org.eclipse.swt.SWT.Paint, after);
		for (int i = 0; i < runs; i++) {
			int expected = i + 1;
			canvas.showPage((i + 1) % 2);
			pumpUntil(display, () -> done[0] >= expected);
		}
		display.removeFilter(org.eclipse.swt.SWT.Paint, before);
		canvas.removeListener(org.eclipse.swt.SWT.Paint, after);
		Arrays.sort(times);
		return new double[] { times[runs / 2], times[runs - 1] };
	}

	private static void pumpUntil(Display display, BooleanSupplier condition) {
		long end = System.nanoTime() + 30_000_000_000L;
		while (!condition.getAsBoolean() && System.nanoTime() < end) {
			if (!display.readAndDispatch()) {
				display.timerExec(5, () -> {
				});
				display.sleep();
			}
		}
	}

	private static boolean hasPending(Display display) {
		return display.readAndDispatch();
	}

	private static long heapAfterGc() {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	/** The "call-control thread": changes random target extensions at a fixed rate. */
	private static final class EventSource {
		private final FakeBoard board;
		private final String[] targets;
		private final long period;
		private final Map<String, Long> sentAt;
		private final Map<String, Long> sentAtForDraw;
		private final Thread thread;
		private volatile boolean running = true;
		private volatile long sent;

		EventSource(FakeBoard board, String[] targets, int rate, Map<String, Long> sentAt,
				Map<String, Long> sentAtForDraw) {
			this.board = board;
			this.targets = targets;
			this.period = 1_000_000_000L / rate;
			this.sentAt = sentAt;
			this.sentAtForDraw = sentAtForDraw;
			thread = new Thread(this::run, "fake-call-control");
			thread.setDaemon(true);
		}

		void start() {
			thread.start();
		}

		void stop() {
			running = false;
		}

		long sent() {
			return sent;
		}

		private void run() {
			Random random = new Random(1);
			long next = System.nanoTime();
			while (running) {
				next += period;
				long wait = next - System.nanoTime();
				if (wait > 0) {
					LockSupport.parkNanos(wait);
				}
				String number = targets[random.nextInt(targets.length)];
				board.apply(number, DemoExtensions.pick(random));
				// stamped after the change is visible to readers, so no earlier paint can claim it
				long now = System.nanoTime();
				sentAt.putIfAbsent(number, now);
				sentAtForDraw.putIfAbsent(number, now);
				board.fireChanged(number);
				sent++;
			}
		}
	}
}
