package com.switchdesk.ui.admin;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import com.switchdesk.ui.WidgetIds;

/** What an administrator view shows while call control (and so the PBX) is not available. */
final class NotConnected {

	private NotConnected() {
	}

	/**
	 * Empties a view's body and fills it again: the view itself when call control is there, else this notice
	 * (views are rebuilt whenever call control comes or goes).
	 */
	static void refill(Composite body, String id, boolean connected, Runnable build) {
		for (Control c : body.getChildren()) {
			c.dispose();
		}
		if (connected) {
			build.run();
		} else {
			show(body, id);
		}
		body.layout(true, true);
	}

	static Composite show(Composite parent, String id) {
		Composite box = WidgetIds.tag(new Composite(parent, SWT.NONE), id);
		GridLayoutFactory.swtDefaults().margins(12, 12).applyTo(box);
		Label heading = new Label(box, SWT.NONE);
		heading.setText(Messages.NotConnected_title);
		heading.setFont(JFaceResources.getHeaderFont());
		Label text = new Label(box, SWT.WRAP);
		text.setText(Messages.NotConnected_message);
		GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(text);
		return box;
	}
}
