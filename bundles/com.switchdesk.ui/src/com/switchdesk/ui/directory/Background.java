package com.switchdesk.ui.directory;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Widget;

/**
 * Runs a view's database and PBX work off the display thread and brings the outcome back to it (the store's
 * and the connector's calls may block). One thread per view, so a view's requests run in the order made; the
 * thread ends when the view's widget is disposed. Results for a disposed view are dropped.
 */
public final class Background {

	private final ExecutorService executor;
	private final UISynchronize ui;
	private final Widget owner;

	/**
	 * @param name  the thread's name, for thread dumps
	 * @param ui    the display thread's helper
	 * @param owner the view's widget: the work stops being delivered when it is disposed
	 */
	public Background(String name, UISynchronize ui, Widget owner) {
		this.ui = ui;
		this.owner = owner;
		this.executor = Executors.newSingleThreadExecutor(r -> {
			Thread t = new Thread(r, "switchdesk-" + name);
			t.setDaemon(true);
			return t;
		});
		// not shutdownNow: interrupting a Derby call closes its connection
		owner.addListener(SWT.Dispose, e -> executor.shutdown());
	}

	/**
	 * Runs {@code work} on the view's thread; then, on the display thread, {@code done} with its result or
	 * {@code failed} with what it threw.
	 */
	public <T> void run(Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
		try {
			executor.execute(() -> {
				T result;
				try {
					result = work.call();
				} catch (Throwable e) { // every failure reaches the user
					deliver(() -> failed.accept(e));
					return;
				}
				deliver(() -> done.accept(result));
			});
		} catch (RejectedExecutionException e) {
			// the view is closing: nobody is left to tell
		}
	}

	/** Waits for a PBX command's answer without blocking anyone, and hands it to the display thread. */
	public <T> void await(CompletionStage<T> stage, Consumer<T> done, Consumer<Throwable> failed) {
		stage.whenComplete((result, error) -> deliver(() -> {
			if (error != null) {
				failed.accept(unwrap(error));
			} else {
				done.accept(result);
			}
		}));
	}

	private void deliver(Runnable action) {
		ui.asyncExec(() -> {
			if (!owner.isDisposed()) {
				action.run();
			}
		});
	}

	/** The failure itself, without the wrappers of futures. */
	public static Throwable unwrap(Throwable error) {
		Throwable e = error;
		while ((e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null) {
			e = e.getCause();
		}
		return e;
	}
}
