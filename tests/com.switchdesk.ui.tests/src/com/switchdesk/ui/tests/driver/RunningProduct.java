package com.switchdesk.ui.tests.driver;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.osgi.framework.Bundle;

/**
 * The real product, started once per test JVM on its own UI thread, exactly as the launcher starts
 * it: the product's application (the e4 workbench) with the product's branding and model.
 * <p>
 * We do not use Tycho's UI harness: it needs the 3.x workbench bundle, which merges hundreds of IDE
 * commands and key bindings into the application model, so tests would not see what operators see.
 * Here the test runtime holds the product's bundles only, and the tests run on the JUnit thread,
 * as with SWTBot, so a modal dialog opened by a click never blocks a test.
 */
public final class RunningProduct {

	private static final String E4_APPLICATION = "org.eclipse.e4.ui.workbench.swt.E4Application";
	private static RunningProduct running;

	private final CountDownLatch started = new CountDownLatch(1);
	private final CompletableFuture<Object> ended = new CompletableFuture<>();
	private volatile Display display;

	private RunningProduct() {
	}

	/** Starts the product on first use and waits until its window is up; later calls return at once. */
	public static synchronized RunningProduct get() {
		if (running == null || running.ended.isDone()) {
			RunningProduct product = new RunningProduct();
			product.launch();
			running = product;
		}
		return running;
	}

	public Display display() {
		return display;
	}

	private void launch() {
		IApplication application = createApplication();
		Thread ui = new Thread(() -> {
			try {
				ended.complete(application.start(new Context()));
			} catch (Throwable e) {
				ended.completeExceptionally(e);
			} finally {
				started.countDown();
			}
		}, "product-ui");
		ui.setDaemon(true);
		ui.start();
		try {
			logInWhenAsked(ui);
			if (!started.await(120, TimeUnit.SECONDS)) {
				throw new AssertionError("The product's window did not come up within 120 s");
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
		if (ended.isCompletedExceptionally()) {
			ended.exceptionNow();
			throw new AssertionError("The product failed to start", ended.exceptionNow());
		}
	}

	/**
	 * The console asks for a login before its window opens (F01): the tests log in as the
	 * administrator, typing into the dialog like anybody else.
	 */
	private void logInWhenAsked(Thread uiThread) throws InterruptedException {
		Display starting = null;
		while (starting == null && !started.await(50, TimeUnit.MILLISECONDS)) {
			starting = Display.findDisplay(uiThread);
		}
		if (starting == null) {
			return;
		}
		UiDriver driver = new UiDriver(starting);
		LoginPage.waitFor(driver, Duration.ofSeconds(120)).logInAsAdministrator();
	}

	private static IApplication createApplication() {
		IExtension extension = Platform.getExtensionRegistry().getExtension(Platform.PI_RUNTIME,
				Platform.PT_APPLICATIONS, E4_APPLICATION);
		if (extension == null) {
			throw new AssertionError(E4_APPLICATION + " is not in the test runtime");
		}
		try {
			IConfigurationElement run = extension.getConfigurationElements()[0].getChildren("run")[0];
			return (IApplication) run.createExecutableExtension("class");
		} catch (CoreException e) {
			throw new AssertionError("Cannot create " + E4_APPLICATION, e);
		}
	}

	/** The application context the launcher would give: the product's branding and the arguments. */
	private final class Context implements IApplicationContext {

		private final IProduct product = Platform.getProduct();

		Context() {
			if (product == null) {
				throw new AssertionError("No product in the test runtime; set <product> in the surefire configuration");
			}
		}

		@Override
		public Map<String, Object> getArguments() {
			return Map.of(APPLICATION_ARGS, new String[] { "-clearPersistedState" });
		}

		@Override
		public void applicationRunning() {
			display = Display.getCurrent();
			started.countDown();
		}

		@Override
		public String getBrandingApplication() {
			return product.getApplication();
		}

		@Override
		public String getBrandingName() {
			return product.getName();
		}

		@Override
		public String getBrandingDescription() {
			return product.getDescription();
		}

		@Override
		public String getBrandingId() {
			return product.getId();
		}

		@Override
		public String getBrandingProperty(String key) {
			return product.getProperty(key);
		}

		@Override
		public Bundle getBrandingBundle() {
			return product.getDefiningBundle();
		}

		@Override
		public void setResult(Object result, IApplication application) {
			// the test runtime ends when the tests end
		}
	}
}
