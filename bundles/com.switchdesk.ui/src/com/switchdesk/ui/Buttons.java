package com.switchdesk.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;

/** Check boxes and radio buttons with the widget id that operators' tests find them by. */
public final class Buttons {

	private Buttons() {
	}

	public static Button check(Composite parent, String id, String text) {
		Button b = WidgetIds.tag(new Button(parent, SWT.CHECK), id);
		b.setText(text);
		return b;
	}

	public static Button radio(Composite parent, String id, String text, boolean selected) {
		Button b = WidgetIds.tag(new Button(parent, SWT.RADIO), id);
		b.setText(text);
		b.setSelection(selected);
		return b;
	}
}
