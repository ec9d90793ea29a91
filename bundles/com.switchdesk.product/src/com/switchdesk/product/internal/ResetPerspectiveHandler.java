package com.switchdesk.product.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

public class ResetPerspectiveHandler {

	@Execute
	public void execute(MApplication application, MWindow window, EModelService models, EPartService parts) {
		Perspectives.reset(application, window, models, parts);
	}
}
