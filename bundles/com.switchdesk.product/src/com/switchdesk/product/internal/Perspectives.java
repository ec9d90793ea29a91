package com.switchdesk.product.internal;

import java.util.List;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspectiveStack;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

import com.switchdesk.store.OperatorSession;

/** The console's perspectives and the two operations on them: switch and reset. */
final class Perspectives {

	static final String OPERATOR = "com.switchdesk.perspective.operator";
	static final String ADMINISTRATOR = "com.switchdesk.perspective.admin";
	static final List<String> ALL = List.of(OPERATOR, ADMINISTRATOR);

	private Perspectives() {
	}

	/**
	 * Only administrators may open the administrator perspective (accounts, settings, extension
	 * services); an operator account works the console alone.
	 */
	static boolean allowed(String id, OperatorSession session) {
		return !ADMINISTRATOR.equals(id) || session == null || session.isAdministrator();
	}

	static boolean switchTo(String id, MApplication application, EModelService models, EPartService parts) {
		MPerspective target = (MPerspective) models.find(id, application);
		if (target == null) {
			return false;
		}
		parts.switchPerspective(target);
		return true;
	}

	/** Replaces the active perspective with a fresh copy of its pristine snippet. */
	static void reset(MApplication application, MWindow window, EModelService models, EPartService parts) {
		MPerspective current = models.getActivePerspective(window);
		if (current == null) {
			return;
		}
		MPerspective fresh = (MPerspective) models.cloneSnippet(application, current.getElementId(), window);
		if (fresh == null) {
			return;
		}
		MPerspectiveStack stack = (MPerspectiveStack) (Object) current.getParent();
		int index = stack.getChildren().indexOf(current);
		stack.getChildren().add(index + 1, fresh);
		parts.switchPerspective(fresh);
		current.setToBeRendered(false);
		stack.getChildren().remove(current);
	}
}
