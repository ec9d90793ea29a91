package com.switchdesk.product.internal;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

import com.switchdesk.store.OperatorSession;

public class SwitchPerspectiveHandler {

	public static final String PARAMETER = "com.switchdesk.command.switchPerspective.id";

	@CanExecute
	public boolean canExecute(@Optional @Named(PARAMETER) String perspectiveId, @Optional OperatorSession session) {
		return perspectiveId == null || Perspectives.allowed(perspectiveId, session);
	}

	@Execute
	public void execute(@Named(PARAMETER) String perspectiveId, MApplication application, EModelService models,
			EPartService parts, @Optional OperatorSession session) {
		if (Perspectives.allowed(perspectiveId, session)) {
			Perspectives.switchTo(perspectiveId, application, models, parts);
		}
	}
}
