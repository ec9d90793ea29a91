package com.switchdesk.ui.board;

import java.util.function.Function;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.accessibility.ACC;
import org.eclipse.swt.accessibility.Accessible;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleControlAdapter;
import org.eclipse.swt.accessibility.AccessibleControlEvent;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;

import com.switchdesk.pbx.model.Extension;

/**
 * Presents the drawn tiles to screen readers as a list of items, one child per tile (child id =
 * tile index), each named by number, user name and state, with "Dial" as its default action; the
 * focus ring's tile is the focused child.
 */
final class TileAccessibility {

	private final BoardCanvas canvas;

	TileAccessibility(BoardCanvas canvas, Function<Extension, String> name) {
		this.canvas = canvas;
		Accessible accessible = canvas.getAccessible();
		accessible.addAccessibleListener(new AccessibleAdapter() {
			@Override
			public void getName(AccessibleEvent e) {
				e.result = e.childID == ACC.CHILDID_SELF ? NLS.bind(Messages.Access_board, canvas.tileCount())
						: canvas.tile(e.childID).map(name).orElse(null);
			}

			@Override
			public void getHelp(AccessibleEvent e) {
				e.result = e.childID == ACC.CHILDID_SELF ? null : Messages.Tile_clickDial;
			}
		});
		accessible.addAccessibleControlListener(new Control());
		canvas.addFocusTileListener(() -> {
			if (canvas.isFocusControl() && canvas.focusIndex() >= 0) {
				accessible.setFocus(canvas.focusIndex());
			}
		});
	}

	private final class Control extends AccessibleControlAdapter {

		@Override
		public void getChildAtPoint(AccessibleControlEvent e) {
			Point p = canvas.toControl(e.x, e.y);
			int index = canvas.indexAt(p.x, p.y);
			e.childID = index >= 0 ? index : ACC.CHILDID_SELF;
		}

		@Override
		public void getLocation(AccessibleControlEvent e) {
			Rectangle r = e.childID == ACC.CHILDID_SELF ? canvas.getClientArea() : canvas.boundsOf(e.childID);
			Point at = canvas.toDisplay(r.x, r.y);
			e.x = at.x;
			e.y = at.y;
			e.width = r.width;
			e.height = r.height;
		}

		@Override
		public void getChildCount(AccessibleControlEvent e) {
			e.detail = canvas.tileCount();
		}

		@Override
		public void getChildren(AccessibleControlEvent e) {
			Object[] children = new Object[canvas.tileCount()];
			for (int i = 0; i < children.length; i++) {
				children[i] = i;
			}
			e.children = children;
		}

		@Override
		public void getFocus(AccessibleControlEvent e) {
			e.childID = !canvas.isFocusControl() ? ACC.CHILDID_NONE
					: canvas.focusIndex() >= 0 ? canvas.focusIndex() : ACC.CHILDID_SELF;
		}

		@Override
		public void getRole(AccessibleControlEvent e) {
			e.detail = e.childID == ACC.CHILDID_SELF ? ACC.ROLE_LIST : ACC.ROLE_LISTITEM;
		}

		@Override
		public void getState(AccessibleControlEvent e) {
			if (e.childID == ACC.CHILDID_SELF) {
				e.detail = ACC.STATE_NORMAL | (canvas.isFocusControl() ? ACC.STATE_FOCUSED : 0);
				return;
			}
			int state = ACC.STATE_FOCUSABLE | ACC.STATE_SELECTABLE;
			if (e.childID == canvas.focusIndex()) {
				state |= ACC.STATE_FOCUSED | ACC.STATE_SELECTED;
			}
			if (!canvas.isShown(e.childID)) {
				state |= ACC.STATE_OFFSCREEN;
			}
			e.detail = state;
		}

		@Override
		public void getValue(AccessibleControlEvent e) {
			e.result = e.childID == ACC.CHILDID_SELF ? null
					: canvas.tile(e.childID).map(x -> Lamp.description(x.state())).orElse(null);
		}

		@Override
		public void getDefaultAction(AccessibleControlEvent e) {
			e.result = e.childID == ACC.CHILDID_SELF ? null : Messages.Access_dial;
		}
	}
}
