package com.switchdesk.ui;

import org.eclipse.swt.widgets.Widget;

/**
 * Stable ids on the widgets that operators and tests act on, stored under the key SWTBot uses so
 * that the same ids serve SWTBot if it ever reaches Maven Central.
 */
public final class WidgetIds {

	public static final String KEY = "org.eclipse.swtbot.widget.key";

	private WidgetIds() {
	}

	public static <W extends Widget> W tag(W widget, String id) {
		widget.setData(KEY, id);
		return widget;
	}

	public static String of(Widget widget) {
		return widget.getData(KEY) instanceof String id ? id : null;
	}
}
