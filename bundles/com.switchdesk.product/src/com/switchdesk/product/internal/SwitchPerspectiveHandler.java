package com.switchdesk.product.internal;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

public class SwitchPerspectiveHandler {

	public static final String PARAMETER = "com.switchdesk.command.switchPerspective.id";

	@Execute
	public void execute(@Named(PARAMETER) String perspectiveId, MApplication application, EModelService models,
			EPartService parts) {
		Perspectives.switchTo(perspectiveId, application, models, parts);
	}
}
