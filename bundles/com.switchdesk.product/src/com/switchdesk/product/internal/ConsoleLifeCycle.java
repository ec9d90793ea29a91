package com.switchdesk.product.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.ILog;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.e4.ui.workbench.lifecycle.PreSave;
import org.eclipse.e4.ui.workbench.lifecycle.ProcessAdditions;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;

import com.switchdesk.callcontrol.ExtensionBoard;
import com.switchdesk.callcontrol.PbxConnection;
import com.switchdesk.licence.LicenceService;
import com.switchdesk.product.licence.LicenceGate;
import com.switchdesk.product.licence.LicenceMeter;
import com.switchdesk.profile.ProfileService;
import com.switchdesk.profile.Profiles;
import com.switchdesk.store.AccountService;
import com.switchdesk.store.OperatorSession;
import com.switchdesk.store.SettingsService;
import com.switchdesk.ui.login.LoginFlow;

/**
 * Start-up of the console application, in the order the e4 workbench calls the hooks:
 * <ol>
 * <li>{@link PostContextCreate}: drop a window layout saved from another application model, brand the
 * console from the customer profile (window icons), check the licence (an ended trial asks for an
 * activation code; Cancel means the console does not start), show the splash (taking over from the Java
 * launcher's, see {@link JvmSplash}) and start the licence meter;</li>
 * <li>{@link ProcessAdditions}: keep each perspective's pristine layout for <i>Reset perspective</i>, title
 * the window with the customer's product name; or, when the licence was refused, hide the windows so the
 * workbench ends at once, through its normal shut-down;</li>
 * <li>{@link PreSave}: undo that hiding, so the saved layout is the operator's, not an empty one.</li>
 * </ol>
 */
public class ConsoleLifeCycle {

	private Branding branding;
	private boolean refused;
	private final List<MWindow> hidden = new ArrayList<>();

	@PostContextCreate
	void start(IEclipseContext context, Display display, @Optional ProfileService profiles,
			@Optional LicenceService licence) {
		SavedLayout.dropIfModelChanged();
		branding = Branding.of(profiles == null ? Profiles.builtIn() : profiles.active(), ConsoleLocale.current());
		useWindowIcons(display);
		boolean profileProblems = profiles != null && !profiles.problems().isEmpty();
		if (profileProblems || licence == null || !licence.status().mayRun()) {
			JvmSplash.close(); // a dialog comes first, and must not sit under a picture that stays on top
		}
		if (profileProblems) {
			reportProfileProblems(profiles);
		}
		if (licence == null) {
			MessageDialog.openError(null, Messages.Licence_missingTitle, Messages.Licence_missing);
			refused = true;
			return;
		}
		LicenceGate gate = new LicenceGate(licence, branding.productName(), branding.vendorContact());
		if (!gate.admit(null)) {
			refused = true;
			return;
		}
		if (!logIn(context)) {
			refused = true;
			return;
		}
		if (StartupSplash.show(display, branding.splash(), branding.productName(), branding.version()) == null) {
			JvmSplash.close();
		}
		LicenceMeter meter = LicenceMeter.start(licence, LicenceService.TICK_INTERVAL,
				() -> onDisplay(display, () -> trialEndedWhileRunning(context, display, gate)));
		display.disposeExec(meter::close);
	}

	/** F01: nobody works at the console without logging in; the session goes into the context. */
	private boolean logIn(IEclipseContext context) {
		AccountService accounts = context.get(AccountService.class);
		if (accounts == null) {
			JvmSplash.close();
			MessageDialog.openError(null, branding.productName(), LoginFlow.noStoreMessage());
			return false;
		}
		JvmSplash.close(); // the login dialog must not sit under a picture that stays on top
		openDatabaseMeanwhile(context.get(SettingsService.class));
		java.util.Optional<OperatorSession> session = new LoginFlow(accounts, context.get(ExtensionBoard.class),
				context.get(PbxConnection.class), branding.productName()).run(null, true);
		session.ifPresent(s -> context.set(OperatorSession.class, s));
		return session.isPresent();
	}

	/**
	 * The database is opened on first use (Derby's start, recovery and schema check take seconds): done while the
	 * operator types, the login itself then costs only the password check. A failure here is only logged: the
	 * login tries again and shows the reason.
	 */
	private static void openDatabaseMeanwhile(SettingsService settings) {
		if (settings == null) {
			return;
		}
		Thread opener = new Thread(() -> {
			try {
				settings.savedAttributes();
			} catch (RuntimeException e) {
				ILog.of(ConsoleLifeCycle.class).warn("The database could not be opened before the login: "
						+ e.getMessage());
			}
		}, "switchdesk-open-database");
		opener.setDaemon(true);
		opener.start();
	}

	@ProcessAdditions
	void processModel(MApplication application, EModelService models) {
		keepPristinePerspectives(application, models);
		for (MWindow window : application.getChildren()) {
			if (refused) {
				if (window.isToBeRendered()) {
					window.setToBeRendered(false);
					hidden.add(window);
				}
			} else {
				window.setLabel(branding.productName());
				window.setIconURI(null); // the renderer then uses every size of Window.getDefaultImages()
			}
		}
	}

	@PreSave
	void restoreHiddenWindows() {
		hidden.forEach(window -> window.setToBeRendered(true));
		hidden.clear();
	}

	private static void keepPristinePerspectives(MApplication application, EModelService models) {
		for (String id : Perspectives.ALL) {
			if (models.findSnippet(application, id) == null) {
				MPerspective perspective = (MPerspective) models.find(id, application);
				if (perspective != null) {
					models.cloneElement(perspective, application);
				}
			}
		}
	}

	/** Window icons in every size the profile gives, for the main window and every dialog. */
	private void useWindowIcons(Display display) {
		Image[] icons = branding.windowIcons().stream().map(icon -> icon.createImage(false, display))
				.filter(Objects::nonNull).toArray(Image[]::new);
		if (icons.length > 0) {
			Window.setDefaultImages(icons);
			display.disposeExec(() -> List.of(icons).forEach(Image::dispose));
		}
	}

	private static void reportProfileProblems(ProfileService profiles) {
		String list = profiles.problems().stream().limit(12).map(Object::toString).collect(Collectors.joining("\n"));
		MessageDialog.openWarning(null, Messages.Profile_problemsTitle,
				NLS.bind(Messages.Profile_problems, System.getProperty(Profiles.SYSTEM_PROPERTY), list));
	}

	/** The trial ran out while the operator works: ask for a code; without one the console closes normally. */
	private static void trialEndedWhileRunning(IEclipseContext context, Display display, LicenceGate gate) {
		if (!gate.admit(display.getActiveShell())) {
			IWorkbench workbench = context.get(IWorkbench.class);
			if (workbench != null) {
				workbench.close();
			}
		}
	}

	private static void onDisplay(Display display, Runnable work) {
		try {
			display.asyncExec(work);
		} catch (SWTException e) {
			// the display is gone: the console is shutting down, nothing left to ask
		}
	}
}
