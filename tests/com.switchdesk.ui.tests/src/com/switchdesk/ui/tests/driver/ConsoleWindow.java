package com.switchdesk.ui.tests.driver;

import java.nio.file.Path;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.internal.workbench.E4Workbench;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.ToolItem;

/** Page object of the console's main window: perspectives, parts and the menus. */
public final class ConsoleWindow {

	public static final String OPERATOR = "com.switchdesk.perspective.operator";
	public static final String ADMINISTRATOR = "com.switchdesk.perspective.admin";

	private final UiDriver ui;
	private final MApplication application;

	private ConsoleWindow(UiDriver ui, MApplication application) {
		this.ui = ui;
		this.application = application;
	}

	/** Waits for the running product's main window to be shown. */
	public static ConsoleWindow waitForStart(UiDriver ui) {
		MApplication app = ui.waitFor("the e4 application model",
				() -> (MApplication) E4Workbench.getServiceContext().get(MApplication.class.getName()),
				UiDriver.DEFAULT_TIMEOUT);
		ConsoleWindow window = new ConsoleWindow(ui, app);
		ui.waitUntil("the main window to be visible", () -> window.shell() != null && window.shell().isVisible());
		return window;
	}

	public UiDriver ui() {
		return ui;
	}

	public MApplication application() {
		return application;
	}

	public MWindow window() {
		return application.getChildren().get(0);
	}

	public Shell shell() {
		Object widget = window().getWidget();
		return widget instanceof Shell shell && !shell.isDisposed() ? shell : null;
	}

	public EModelService models() {
		IEclipseContext context = application.getContext();
		return context.get(EModelService.class);
	}

	/** The id of the active perspective (safe from any thread). */
	public String activePerspective() {
		return ui.onUi(() -> {
			MPerspective active = models().getActivePerspective(window());
			return active == null ? null : active.getElementId();
		});
	}

	/** Clicks the perspective switcher's button and waits until that perspective is active. */
	public void switchWithButton(String perspectiveId) {
		String shortName = perspectiveId.substring(perspectiveId.lastIndexOf('.') + 1);
		ToolItem item = ui.widget("perspective.switcher." + shortName);
		ui.click(item);
		waitForPerspective(perspectiveId);
	}

	public void waitForPerspective(String perspectiveId) {
		ui.waitUntil("perspective " + perspectiveId + " to be active", () -> perspectiveId.equals(activePerspective()));
		ui.settle();
	}

	/** The part with this id in the active perspective, or null (safe from any thread). */
	public MPart part(String partId) {
		return ui.onUi(() -> {
			MPerspective active = models().getActivePerspective(window());
			return active == null ? null : (MPart) models().find(partId, active);
		});
	}

	/** Whether the operator can see this part now (safe from any thread). */
	public boolean isPartVisible(String partId) {
		return ui.onUi(() -> {
			MPart part = part(partId);
			return part != null && part.isToBeRendered() && part.getWidget() instanceof Control c && !c.isDisposed()
					&& c.isVisible();
		});
	}

	/** Opens a main-menu command with its keyboard mnemonics, e.g. {@code menu('w', 'r')}. */
	public void menu(char menuMnemonic, char itemMnemonic) {
		activate();
		ui.press("alt+" + menuMnemonic);
		ui.waitUntil("the menu with mnemonic " + menuMnemonic + " to open", this::hasOpenMenu);
		ui.type(String.valueOf(itemMnemonic));
	}

	/** Brings the main window to the front and gives it the keyboard. */
	public void activate() {
		ui.run(() -> {
			shell().forceActive();
			shell().setFocus();
		});
		ui.waitUntil("the main window to be active", () -> ui.display().getActiveShell() == shell());
	}

	private boolean hasOpenMenu() {
		return shell().getMenuBar() != null && java.util.Arrays.stream(shell().getMenuBar().getItems())
				.anyMatch(i -> i.getMenu() != null && i.getMenu().isVisible());
	}

	public Path screenshot(String name) {
		return ui.screenshot(ui.onUi(this::shell), name);
	}
}
