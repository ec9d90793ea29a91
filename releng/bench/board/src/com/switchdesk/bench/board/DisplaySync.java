package com.switchdesk.bench.board;

import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Display;

/** The e4 UI-thread helper for a plain SWT display, counting the asyncExecs it is asked for. */
final class DisplaySync extends UISynchronize {

	private final Display display;
	private final AtomicLong asyncExecs = new AtomicLong();

	DisplaySync(Display display) {
		this.display = display;
	}

	long asyncExecs() {
		return asyncExecs.get();
	}

	@Override
	public void syncExec(Runnable runnable) {
		display.syncExec(runnable);
	}

	@Override
	public void asyncExec(Runnable runnable) {
		asyncExecs.incrementAndGet();
		display.asyncExec(runnable);
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
