package com.switchdesk.ui.internal;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import com.switchdesk.ui.WidgetIds;

/** The content of a part whose feature is not built yet: its title and what it will hold. */
public final class Placeholder {

	private Placeholder() {
	}

	public static Composite create(Composite parent, String id, String title, String description) {
		Composite body = WidgetIds.tag(new Composite(parent, SWT.NONE), id);
		GridLayoutFactory.swtDefaults().margins(12, 12).applyTo(body);
		Label heading = new Label(body, SWT.NONE);
		heading.setText(title);
		heading.setFont(JFaceResources.getHeaderFont());
		Label text = new Label(body, SWT.WRAP);
		text.setText(description);
		GridDataFactory.fillDefaults().grab(true, false).hint(280, SWT.DEFAULT).applyTo(text);
		return body;
	}
}
