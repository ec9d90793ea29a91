package com.switchdesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.NumberFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.switchdesk.callcontrol.ExtensionBoard.BoardCounts;
import com.switchdesk.pbx.model.DeviceState;
import com.switchdesk.pbx.model.Extension;
import com.switchdesk.ui.board.BoardCanvas;
import com.switchdesk.ui.board.Lamp;
import com.switchdesk.ui.board.Messages;
import com.switchdesk.ui.tests.board.BoardFixture;
import com.switchdesk.ui.tests.driver.UiDriver;

/**
 * F15, the busy-lamp board: tiles drawn for every extension in their state's colour, one changed
 * extension repainting one tile, bursts coalesced, counters, type-to-locate, tabs, pages, and the
 * "not connected" message. The Extensions part runs in a plain shell with a fake board.
 */
class F15BoardCanvasTest {

	private UiDriver ui;
	private BoardFixture board;

	@BeforeEach
	void startProduct() {
		ui = UiDriver.forProduct();
	}

	@AfterEach
	void closeBoard() {
		if (board != null) {
			board.close();
		}
	}

	@Test
	void f15_drawsATileForEveryExtensionInItsStateColour() {
		board = BoardFixture.open(ui, 96);
		BoardCanvas canvas = board.canvas();
		ui.waitUntil("all 96 tiles on screen", () -> canvas.tileBounds("8095") != null);
		for (Extension e : board.fake().extensions()) {
			assertNotNull(ui.onUi(() -> canvas.tileBounds(e.number())), "tile " + e.number());
			RGB expected = Lamp.of(e.state()).fill(e.hasUserName());
			if (e.state() != DeviceState.OUT_OF_SERVICE) { // striped: the sample may hit a stripe
				assertEquals(expected, board.fillOf(e.number()), "colour of " + e.number() + " " + e.state());
			}
		}
		// the demo board: 8000 idle+named, 8001 dialing, 8003 ringing, 8004 talking, 8005 held (no name),
		// 8006 parked, 8007 DND, 8011 idle without a name
		assertEquals(Lamp.NAMED_IDLE_FILL, board.fillOf("8000"));
		assertEquals(Lamp.IDLE.fill(false), board.fillOf("8011"));
		assertNotEquals(board.fillOf("8000"), board.fillOf("8011"), "named and unnamed idle tiles differ");
		assertEquals(Lamp.TALKING.fill(true), board.fillOf("8001"), "dialing looks like talking");
		assertEquals(Lamp.RINGING.fill(true), board.fillOf("8003"));
		assertEquals(Lamp.TALKING.fill(true), board.fillOf("8004"));
		assertEquals(Lamp.HELD.fill(false), board.fillOf("8005"));
		assertEquals(Lamp.PARKED.fill(true), board.fillOf("8006"));
		assertEquals(Lamp.DND.fill(true), board.fillOf("8007"));
		board.screenshot("f15-board-every-state");
	}

	@Test
	void f15_aChangedExtensionRepaintsOnlyItsTile() throws Exception {
		board = BoardFixture.open(ui, 200);
		BoardCanvas canvas = board.canvas();
		board.tile("8100");
		board.recordPaints();
		ui.settle();
		long before = ui.onUi(canvas::tileRepaints);

		board.fake().setState("8042", DeviceState.RINGING).get(5, TimeUnit.SECONDS);
		ui.waitUntil("8042 to be repainted", () -> board.painted().contains("8042"));
		ui.settle();
		assertEquals(List.of("8042"), board.painted());
		assertEquals(before + 1, ui.onUi(canvas::tileRepaints), "one tile drawn");
		assertEquals(Lamp.RINGING.fill(true), board.fillOf("8042"));

		// two tiles far apart in one change: still just those two (GTK merges their damage into one box)
		board.painted().clear();
		board.fake().change(board.fake().extension("8001").get().withState(DeviceState.IDLE),
				board.fake().extension("8100").get().withState(DeviceState.TALKING)).get(5, TimeUnit.SECONDS);
		ui.waitUntil("8001 and 8100 repainted",
				() -> board.painted().contains("8001") && board.painted().contains("8100"));
		ui.settle();
		assertEquals(before + 3, ui.onUi(canvas::tileRepaints), "two more tiles drawn");
	}

	@Test
	void f15_aBurstOfChangesFromTheCallControlThreadIsCoalesced() throws Exception {
		board = BoardFixture.open(ui, 300);
		BoardCanvas canvas = board.canvas();
		board.tile("8100");
		board.sync().resetCounts();
		List<String> numbers = java.util.stream.IntStream.range(0, 100).mapToObj(BoardFixture::number).toList();

		board.fake().burst(numbers, 3000).get(10, TimeUnit.SECONDS);
		ui.waitUntil("every tile to show its last state", () -> numbers.stream().allMatch(
				n -> canvas.tile(canvas.indexOf(n)).get().state() == board.fake().extension(n).get().state()));
		assertEquals(1, board.sync().mostWaiting(), "never more than one asyncExec waiting");
		assertTrue(board.sync().asked() < 3000, "fewer flushes than events: " + board.sync().asked());
	}

	@Test
	void f15_countersFollowTheBoard() throws Exception {
		board = BoardFixture.open(ui, 50);
		CLabel ringing = board.widget("board.counts.ringing");
		CLabel idle = board.widget("board.counts.idle");
		BoardCounts counts = board.fake().counts();
		ui.waitUntil("the ringing counter", () -> ringing.getText().equals(counter(Messages.Counts_ringing, counts.ringing())));

		board.fake().setState("8020", DeviceState.RINGING).get(5, TimeUnit.SECONDS);
		board.fake().setState("8021", DeviceState.RINGING).get(5, TimeUnit.SECONDS);
		String expectRinging = counter(Messages.Counts_ringing, counts.ringing() + 2);
		String expectIdle = counter(Messages.Counts_idle, counts.idle() - 2);
		ui.waitUntil("counters to show two more ringing", () -> ringing.getText().equals(expectRinging));
		assertEquals(expectIdle, ui.onUi(idle::getText));
		board.screenshot("f15-board-counters");
	}

	@Test
	void f15_typingANumberOrNameLocatesHighlightsAndScrollsToTheTile() {
		board = BoardFixture.open(ui, 3000);
		BoardCanvas canvas = board.canvas();
		Text locate = board.widget("board.locate");
		assertNull(ui.onUi(() -> canvas.tileBounds("10234")), "10234 starts off screen");

		ui.click(locate);
		ui.type("10234");
		ui.waitUntil("10234 highlighted", () -> "10234".equals(canvas.highlightedNumber()));
		ui.waitUntil("10234 scrolled into view", () -> canvas.tileBounds("10234") != null);
		assertEquals(2234 / (canvas.columns() * canvas.visibleRows()), (int) ui.onUi(canvas::page), "its page");
		board.screenshot("f15-board-located");

		ui.press("Return");
		ui.waitUntil("the focus ring on 10234", () -> canvas.isFocusControl() && "10234".equals(canvas.focusedNumber()));

		ui.click(locate);
		ui.press("Escape");
		ui.waitUntil("Esc to clear the field and the highlight",
				() -> locate.getText().isEmpty() && canvas.highlightedNumber() == null);

		ui.type("housek");
		ui.waitUntil("the first Housekeeping tile highlighted", () -> "8006".equals(canvas.highlightedNumber()));
	}

	@Test
	void f15_tabsShowFrequentNumbersGroupsAndUngrouped() {
		board = BoardFixture.withTabs(ui, 60);
		BoardCanvas canvas = board.canvas();
		assertEquals(2, (int) ui.onUi(canvas::tileCount), "frequent numbers first");

		board.clickTab("board.tab.floor2");
		ui.waitUntil("the Floor 2 group", () -> canvas.tileCount() == 10 && "8010".equals(canvas.tile(0).get().number()));
		board.screenshot("f15-board-group-tab");

		board.clickTab("board.tab.ungrouped");
		ui.waitUntil("the ungrouped extensions", () -> canvas.tileCount() == 40 && "8020".equals(canvas.tile(0).get().number()));

		board.tabs().addGroup("lobby", "Lobby", java.util.Set.of("8050", "8051"));
		board.widget("board.tab.lobby");
		ui.waitUntil("8050 and 8051 left ungrouped", () -> canvas.tileCount() == 38);
	}

	@Test
	void f15_pagesJumpOneScreenfulAtATime() {
		board = BoardFixture.open(ui, 3000);
		BoardCanvas canvas = board.canvas();
		int perPage = ui.onUi(() -> canvas.columns() * canvas.visibleRows());
		assertTrue(ui.onUi(canvas::pageCount) > 2);

		ui.click(board.widget("board.page.2"));
		String second = BoardFixture.number(perPage);
		ui.waitUntil("page 2 at the top", () -> canvas.page() == 1);
		Rectangle first = ui.onUi(() -> canvas.tileBounds(second));
		assertEquals(List.of(6, 6), List.of(first.x, first.y), "page 2 starts with extension " + second);

		ui.click(board.widget("board.page.next"));
		ui.waitUntil("page 3", () -> canvas.page() == 2);
		board.screenshot("f15-board-page-3");
	}

	@Test
	void f15_partSaysNotConnectedUntilTheBoardServiceArrives() {
		board = BoardFixture.withoutBoard(ui, 40);
		board.widget("board.notConnected.message");
		board.screenshot("f15-board-not-connected");

		board.registerBoard();
		BoardCanvas canvas = board.canvas();
		ui.waitUntil("the board to replace the message", () -> canvas.tileCount() == 40);
		assertEquals(1, board.fake().listenerCount());

		board.close();
		assertEquals(0, board.fake().listenerCount(), "a closed part leaves the board");
		board = null;
	}

	private static String counter(String pattern, int value) {
		return NLS.bind(pattern, NumberFormat.getIntegerInstance().format(value));
	}
}
