package com.switchdesk.ui.board;

import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;

import com.switchdesk.pbx.model.DeviceState;
import com.switchdesk.pbx.model.Extension;
import com.switchdesk.ui.WidgetIds;

/**
 * The tile's context menu (seed 3.4.2 (3), (4)): dial, pick up, barge in, force release, edit the
 * name, details, extension services. Opened by the right mouse button on a tile or by the
 * context-menu key (Shift+F10) on the focused tile. Items that cannot apply to the tile's state are
 * greyed, so the operator sees at once what is possible.
 */
final class TileMenu {

	private final BoardCanvas canvas;
	private final TileCommands commands;
	private final Menu menu;
	private final MenuItem dial;
	private final MenuItem pickup;
	private final MenuItem bargeIn;
	private final MenuItem forceRelease;
	private final MenuItem rename;
	private final MenuItem details;
	private final MenuItem services;
	private String target;

	TileMenu(BoardCanvas canvas, TileCommands commands) {
		this.canvas = canvas;
		this.commands = commands;
		menu = WidgetIds.tag(new Menu(canvas), "board.menu");
		dial = item(Messages.Menu_dial, "board.menu.dial", commands::dial);
		pickup = item(Messages.Menu_pickup, "board.menu.pickup", commands::pickup);
		bargeIn = item(Messages.Menu_bargeIn, "board.menu.bargeIn", commands::bargeIn);
		forceRelease = item(Messages.Menu_forceRelease, "board.menu.forceRelease", commands::forceRelease);
		new MenuItem(menu, SWT.SEPARATOR);
		rename = item(Messages.Menu_rename, "board.menu.rename", commands::rename);
		details = item(Messages.Menu_details, "board.menu.details", commands::showDetails);
		services = item(Messages.Menu_services, "board.menu.services", commands::showServices);
		canvas.addListener(SWT.MenuDetect, this::detect);
		menu.addListener(SWT.Show, e -> enableFor(canvas.tile(canvas.indexOf(target)).orElse(null)));
		canvas.setMenu(menu);
	}

	private MenuItem item(String text, String id, Consumer<String> action) {
		MenuItem item = WidgetIds.tag(new MenuItem(menu, SWT.PUSH), id);
		item.setText(text);
		item.addListener(SWT.Selection, e -> {
			if (target != null) {
				action.accept(target);
			}
		});
		return item;
	}

	/** Chooses the tile the menu is for, and where it opens; no tile, no menu. */
	private void detect(Event e) {
		int index;
		if (e.detail == SWT.MENU_KEYBOARD) {
			index = canvas.focusIndex();
			if (index >= 0) {
				canvas.reveal(index);
				Rectangle r = canvas.boundsOf(index);
				Point at = canvas.toDisplay(r.x + r.width / 2, r.y + r.height / 2);
				e.x = at.x;
				e.y = at.y;
			}
		} else {
			Point local = canvas.toControl(e.x, e.y);
			index = canvas.indexAt(local.x, local.y);
		}
		target = canvas.numberAt(index);
		e.doit = target != null;
	}

	private void enableFor(Extension extension) {
		boolean call = commands.canCall() && extension != null;
		boolean edit = commands.canEdit() && extension != null;
		DeviceState state = extension == null ? DeviceState.OUT_OF_SERVICE : extension.state();
		boolean busy = switch (state) {
		case DIALING, CALLING, TALKING, HELD -> true;
		default -> false;
		};
		dial.setEnabled(call && state != DeviceState.OUT_OF_SERVICE);
		pickup.setEnabled(call && state == DeviceState.RINGING);
		bargeIn.setEnabled(call && busy);
		forceRelease.setEnabled(call && busy);
		rename.setEnabled(edit);
		details.setEnabled(edit);
		services.setEnabled(edit);
	}

	/** Whether the menu is open now; for tests. */
	boolean isOpen() {
		return menu.isVisible();
	}
}
