package com.switchdesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.switchdesk.callcontrol.PendingAction;
import com.switchdesk.ui.WidgetIds;
import com.switchdesk.ui.board.BoardCanvas;
import com.switchdesk.ui.board.Messages;
import com.switchdesk.ui.tests.board.BoardFixture;
import com.switchdesk.ui.tests.driver.UiDriver;

/**
 * F16 (and the click-a-tile half of F24/F25): what the operator does with a tile, with real mouse
 * and key events: click dials, double-click on the name edits it, the context menu, the keyboard,
 * and a pending pickup key turning the next click into a pickup.
 */
class F16BoardTileActionsTest {

	private UiDriver ui;
	private BoardFixture board;

	@BeforeEach
	void openBoard() {
		ui = UiDriver.forProduct();
		board = BoardFixture.open(ui, 60);
	}

	@AfterEach
	void closeBoard() {
		board.close();
	}

	@Test
	void f16_clickingATileCallsTileClickedWithItsNumber() {
		board.clickNumber("8012");
		ui.waitUntil("tileClicked 8012", () -> board.console().calls().contains("tileClicked 8012"));
		assertEquals(List.of("tileClicked 8012"), board.console().calls());
		BoardCanvas canvas = board.canvas();
		String tooltip = ui.onUi(canvas::getToolTipText);
		assertTrue(tooltip.startsWith("8012  J. Smith\n"), tooltip);
	}

	@Test
	void f16_doubleClickOnTheNameOpensRenameWithoutDialing() {
		board.doubleClickName("8003");
		Shell dialog = board.widget("board.rename");
		Text name = board.widget("board.rename.name");
		assertEquals("前台", ui.onUi(name::getText));
		board.screenshot("f16-board-rename-dialog");
		ui.onUi(() -> name.setFocus());
		ui.press("ctrl+a");
		ui.type("Reception 2");
		Button ok = board.widget("board.rename.ok");
		ui.click(ok);
		ui.waitUntil("the dialog to close", dialog::isDisposed);
		ui.waitUntil("the rename to be sent", () -> board.actions().calls().contains("rename 8003=Reception 2"));
		ui.settle();
		assertFalse(board.console().calls().stream().anyMatch(c -> c.startsWith("tileClicked")),
				"a double-click on the name does not dial: " + board.console().calls());
	}

	@Test
	void f16_contextMenuOffersTheTileActions() {
		BoardCanvas canvas = board.canvas();
		Menu menu = ui.onUi(canvas::getMenu);

		board.rightClick("8003"); // ringing
		ui.waitUntil("the context menu", menu::isVisible);
		Map<String, Boolean> enabled = ui.onUi(() -> Arrays.stream(menu.getItems())
				.filter(i -> WidgetIds.of(i) != null).collect(Collectors.toMap(WidgetIds::of, MenuItem::getEnabled)));
		assertEquals(Map.of("board.menu.dial", true, "board.menu.pickup", true, "board.menu.bargeIn", false,
				"board.menu.forceRelease", false, "board.menu.rename", true, "board.menu.details", true,
				"board.menu.services", true), enabled);
		board.screenshot("f16-board-context-menu");
		ui.press("p");
		ui.waitUntil("pickup 8003", () -> board.console().calls().contains("pickup 8003"));

		board.rightClick("8004"); // talking
		ui.waitUntil("the context menu", menu::isVisible);
		ui.press("b");
		ui.waitUntil("bargeIn 8004", () -> board.console().calls().contains("bargeIn 8004"));

		board.rightClick("8004");
		ui.waitUntil("the context menu", menu::isVisible);
		ui.press("f");
		ui.waitUntil("forceRelease 8004", () -> board.console().calls().contains("forceRelease 8004"));

		board.rightClick("8010");
		ui.waitUntil("the context menu", menu::isVisible);
		ui.press("t");
		ui.waitUntil("details 8010", () -> board.actions().calls().contains("details 8010"));

		board.rightClick("8010");
		ui.waitUntil("the context menu", menu::isVisible);
		ui.press("s");
		ui.waitUntil("services 8010", () -> board.actions().calls().contains("services 8010"));

		board.rightClick("8010");
		ui.waitUntil("the context menu", menu::isVisible);
		ui.press("d");
		ui.waitUntil("a call to 8010", () -> board.console().calls().contains("tileClicked 8010"));
	}

	@Test
	void f16_arrowsMoveTheFocusRingEnterDialsAndShiftF10OpensTheMenu() {
		BoardCanvas canvas = board.canvas();
		ui.clickAt(canvas, 2, 2); // the margin: focuses the board without touching a tile
		ui.waitUntil("the board to have the keyboard", canvas::isFocusControl);
		ui.press("Right");
		ui.waitUntil("the focus ring on the first tile", () -> "8000".equals(canvas.focusedNumber()));
		ui.press("Right");
		ui.press("Down");
		String expected = BoardFixture.number(1 + ui.onUi(canvas::columns));
		ui.waitUntil("the focus ring one right and one down", () -> expected.equals(canvas.focusedNumber()));
		board.screenshot("f16-board-keyboard-focus");
		ui.press("Return");
		ui.waitUntil("Enter dials " + expected, () -> board.console().calls().contains("tileClicked " + expected));

		Menu menu = ui.onUi(canvas::getMenu);
		ui.press("shift+F10");
		ui.waitUntil("the context menu from the keyboard", menu::isVisible);
		ui.press("Escape");
		ui.waitUntil("the menu to close", () -> !menu.isVisible());
	}

	@Test
	void f16_f24_aPendingPickupKeyIsShownAndEscCancelsIt() {
		board.console().setPending(PendingAction.PICKUP);
		CLabel banner = board.widget("board.pending");
		assertEquals(Messages.Pending_PICKUP, ui.onUi(banner::getText));
		board.screenshot("f16-board-pending-pickup");

		board.clickNumber("8003"); // the console turns the click into the pickup
		ui.waitUntil("tileClicked 8003", () -> board.console().calls().contains("tileClicked 8003"));
		ui.press("Escape");
		ui.waitUntil("Esc cancels the pending key", () -> board.console().calls().contains("cancelPending"));

		board.console().setPending(PendingAction.NONE);
		ui.waitUntil("the banner to go", () -> !banner.isVisible());
	}
}
