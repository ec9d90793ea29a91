package com.switchdesk.ui.tests.manage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;

import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.Rectangle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.switchdesk.model.ExtensionGroup;
import com.switchdesk.ui.WidgetIds;
import com.switchdesk.ui.board.BoardCanvas;
import com.switchdesk.ui.tests.driver.ConsoleWindow;
import com.switchdesk.ui.tests.driver.UiDriver;

/** F17: a group made in the groups view, with three extensions ticked, is a tab of the board at once. */
class F17GroupsUiTest extends ManageUiTestBase {

	private static final String NAME = "F17 Front desk";
	private static final String RENAMED = "F17 Reception";

	private ViewPage page;

	@BeforeEach
	void clean() {
		page = new ViewPage(console);
		stores.deleteGroups(NAME, RENAMED);
	}

	@AfterEach
	void deleteGroup() {
		stores.deleteGroups(NAME, RENAMED);
	}

	@Test
	void f17_groupWithThreeExtensionsBecomesABoardTab() {
		page.openAdministrator(ViewPage.GROUPS);
		page.click("groups.new");
		page.dialog("groups.nameDialog");
		page.fill("groups.name", NAME);
		page.click("groups.nameOk");
		page.waitForRow("groups.table", 0, NAME);
		page.waitForText("groups.message", NAME);

		for (String number : List.of("8021", "8022", "8023")) {
			page.fill("groups.filter", number);
			ui.waitUntil("only " + number + " to be listed", () -> page.rows("groups.members").size() == 1);
			page.click("groups.checkShown");
		}
		page.fill("groups.filter", "802");
		page.waitForText("groups.pending", "3");
		page.picture(null, "f17-groups-members-unsaved");
		page.click("groups.save");
		ui.waitUntil("the group to hold three extensions", () -> page.rows("groups.table").stream()
				.anyMatch(r -> r.get(0).equals(NAME) && r.get(1).equals("3")));
		ExtensionGroup stored = stores.groups().groups(administrator).stream().filter(g -> g.getName().equals(NAME))
				.findFirst().orElseThrow();
		assertEquals(Set.of("8021", "8022", "8023"), Set.copyOf(stored.getExtensionNumbers()));
		page.picture(null, "f17-groups-saved");

		console.switchWithButton(ConsoleWindow.OPERATOR);
		clickBoardTab("group-" + stored.getId());
		BoardCanvas canvas = ui.widget("board.canvas");
		ui.waitUntil("the tab to show its three extensions", () -> canvas.tileCount() == 3);
		assertNotNull(ui.onUi(() -> canvas.tileBounds("8022")));
		assertNull(ui.onUi(() -> canvas.tileBounds("8024")));
		page.picture(null, "f17-board-group-tab");

		page.openAdministrator(ViewPage.GROUPS);
		page.clickRow("groups.table", 0, NAME);
		page.click("groups.rename");
		page.dialog("groups.nameDialog");
		page.fill("groups.name", RENAMED);
		page.click("groups.nameOk");
		page.waitForRow("groups.table", 0, RENAMED);
		page.clickRow("groups.table", 0, RENAMED);
		page.click("groups.delete");
		page.confirm("Delete group");
		ui.waitUntil("the group to be gone", () -> page.rows("groups.table").stream().noneMatch(r -> r.get(0)
				.equals(RENAMED)));
		console.switchWithButton(ConsoleWindow.OPERATOR);
		CTabFolder tabs = ui.widget("board.tabs");
		ui.waitUntil("its board tab to be gone", () -> boardTab(tabs, "group-" + stored.getId()) == null);
	}

	/** The board's tab with this id, or null; on the UI thread. */
	private static CTabItem boardTab(CTabFolder tabs, String id) {
		for (CTabItem item : tabs.getItems()) {
			if (("board.tab." + id).equals(item.getData(WidgetIds.KEY))) {
				return item;
			}
		}
		return null;
	}

	private void clickBoardTab(String id) {
		CTabFolder tabs = ui.widget("board.tabs");
		CTabItem tab = ui.waitFor("the board tab " + id, () -> boardTab(tabs, id), UiDriver.DEFAULT_TIMEOUT);
		Rectangle r = ui.onUi(tab::getBounds);
		ui.clickAt(tabs, r.x + r.width / 2, r.y + r.height / 2);
	}
}
