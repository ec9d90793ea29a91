package com.switchdesk.ui.board;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;

import com.switchdesk.callcontrol.PendingAction;
import com.switchdesk.ui.WidgetIds;

/**
 * A strip above the tiles while a pickup, barge-in or force-release key waits for its target
 * (seed 3.15, 3.16, method 2): it says that the next tile click does that, not a call. Hidden
 * otherwise, taking no room.
 */
final class PendingBanner {

	private static final Color BACKGROUND = new Color(0xFF, 0xF4, 0xD6);
	private static final Color FOREGROUND = new Color(0x5A, 0x3E, 0x00);

	private final CLabel label;
	private PendingAction shown = PendingAction.NONE;

	PendingBanner(Composite parent) {
		label = WidgetIds.tag(new CLabel(parent, SWT.NONE), "board.pending");
		label.setBackground(BACKGROUND);
		label.setForeground(FOREGROUND);
		label.setMargins(8, 4, 8, 4);
		GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(label);
		label.setVisible(false);
	}

	CLabel control() {
		return label;
	}

	PendingAction shown() {
		return shown;
	}

	void show(PendingAction pending) {
		if (pending == shown) {
			return;
		}
		shown = pending;
		boolean visible = pending != PendingAction.NONE;
		label.setText(switch (pending) {
		case PICKUP -> Messages.Pending_PICKUP;
		case BARGE_IN -> Messages.Pending_BARGE_IN;
		case FORCE_RELEASE -> Messages.Pending_FORCE_RELEASE;
		case NONE -> "";
		});
		((org.eclipse.swt.layout.GridData) label.getLayoutData()).exclude = !visible;
		label.setVisible(visible);
		label.getParent().layout(true);
	}
}
