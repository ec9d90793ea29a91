package com.switchdesk.ui.admin;

import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.e4.ui.di.UISynchronize;

/**
 * Turns a burst of requests from any thread into one run on the display thread: however many
 * events arrive while a run is queued, the work runs once.
 */
final class Coalescer {

	private final UISynchronize ui;
	private final Runnable work;
	private final AtomicBoolean queued = new AtomicBoolean();

	Coalescer(UISynchronize ui, Runnable work) {
		this.ui = ui;
		this.work = work;
	}

	/** Asks for a run; any thread, returns at once. */
	void request() {
		if (queued.compareAndSet(false, true)) {
			ui.asyncExec(() -> {
				queued.set(false);
				work.run();
			});
		}
	}
}
