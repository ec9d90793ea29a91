package com.switchdesk.ui.tests.board;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Display;

/**
 * The e4 UI-thread helper on the product's display, counting asyncExecs: how many were asked for,
 * and the most that were ever waiting at once (coalescing keeps that at one per source).
 */
public final class CountingUiSync extends UISynchronize {

	private final Display display;
	private final AtomicLong asked = new AtomicLong();
	private final AtomicInteger waiting = new AtomicInteger();
	private final AtomicInteger mostWaiting = new AtomicInteger();

	CountingUiSync(Display display) {
		this.display = display;
	}

	public long asked() {
		return asked.get();
	}

	public int mostWaiting() {
		return mostWaiting.get();
	}

	public void resetCounts() {
		asked.set(0);
		mostWaiting.set(waiting.get());
	}

	@Override
	public void asyncExec(Runnable runnable) {
		asked.incrementAndGet();
		mostWaiting.accumulateAndGet(waiting.incrementAndGet(), Math::max);
		display.asyncExec(() -> {
			waiting.decrementAndGet();
			runnable.run();
		});
	}

	@Override
	public void syncExec(Runnable runnable) {
		display.syncExec(runnable);
	}

	@Override
	protected boolean isUIThread(Thread thread) {
		return display.getThread() == thread;
	}

	@Override
	protected void showBusyWhile(Runnable runnable) {
		BusyIndicator.showWhile(display, runnable);
	}

	@Override
	protected boolean dispatchEvents() {
		return display.readAndDispatch();
	}
}
