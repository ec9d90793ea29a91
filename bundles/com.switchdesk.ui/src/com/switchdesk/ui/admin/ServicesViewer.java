package com.switchdesk.ui.admin;

import java.util.Optional;

import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.swt.widgets.Shell;

import com.switchdesk.callcontrol.ExtensionBoard;
import com.switchdesk.callcontrol.PbxConnection;
import com.switchdesk.store.OperatorSession;

/**
 * Shows one extension's services, read-only (查看分机业务, F33): the entry point for the extension
 * board's context menu and the services part. Get one by injection ({@code @Inject ServicesViewer
 * viewer;} in any part or handler: it is {@link Creatable}); then, on the display thread,
 * {@link #open(Shell, String)}.
 * <p>
 * Threading: call on the display thread; both methods return at once. The services are read from
 * the PBX in the background and the dialog fills in when they arrive; a refusal or a missing
 * connection is shown in the dialog.
 */
@Creatable
public class ServicesViewer {

	/** The Administrator perspective and the services part in it (Application.e4xmi). */
	static final String ADMIN_PERSPECTIVE = "com.switchdesk.perspective.admin";
	static final String SERVICES_PART = "com.switchdesk.ui.part.services";

	@Inject
	private UISynchronize ui;
	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	private PbxConnection connection;
	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	private ExtensionBoard board;
	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	private EPartService parts;
	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	private OperatorSession session;

	/**
	 * Opens a modeless dialog with the services of {@code extension}, kept current while it is open;
	 * its "Edit services…" button, shown to administrators only, calls {@link #edit(String)}.
	 *
	 * @param parent    the shell the dialog belongs to
	 * @param extension the extension's number, e.g. "8001"
	 */
	public void open(Shell parent, String extension) {
		new ServicesDialog(parent, extension, ui, Optional.ofNullable(connection), Optional.ofNullable(board),
				mayEdit() ? Optional.of(() -> edit(extension)) : Optional.empty()).open();
	}

	/**
	 * Switches to the Administrator perspective and shows the services part with its editor on this
	 * extension (its current values, nothing ticked).
	 *
	 * @return false when the part is not available (no window or no such part in the application), or
	 *         the one logged in is not an administrator
	 */
	public boolean edit(String extension) {
		if (!mayEdit()) {
			return false;
		}
		parts.switchPerspective(ADMIN_PERSPECTIVE);
		MPart part = parts.showPart(SERVICES_PART, PartState.ACTIVATE);
		if (part != null && part.getObject() instanceof ExtensionServicesPart services) {
			services.edit(extension);
			return true;
		}
		return false;
	}

	/** Extension services are the administrator's (the perspective is closed to operators). */
	private boolean mayEdit() {
		return parts != null && (session == null || session.isAdministrator());
	}
}
