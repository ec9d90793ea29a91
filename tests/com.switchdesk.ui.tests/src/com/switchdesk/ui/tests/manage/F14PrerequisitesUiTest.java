package com.switchdesk.ui.tests.manage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.switchdesk.callcontrol.PbxConnection;
import com.switchdesk.pbx.PbxConnector;
import com.switchdesk.pbx.command.ReadExtensionServices;
import com.switchdesk.pbx.command.SetOfficeExtension;
import com.switchdesk.pbx.command.WriteExtensionServices;
import com.switchdesk.pbx.model.ExtensionServices;
import com.switchdesk.ui.tests.driver.Services;
import com.switchdesk.ui.tests.driver.Simulator;

/** F14: the prerequisites check names what the operator extension lacks, and Fix writes it in one go. */
class F14PrerequisitesUiTest extends ManageUiTestBase {

	private static final String TABLE = "prereq.table";

	private PbxConnector pbx;
	private ViewPage page;

	@BeforeEach
	void takeARightAway() {
		pbx = Services.get(PbxConnection.class).connector();
		page = new ViewPage(console);
		done(pbx.execute(new WriteExtensionServices(ExtensionServices.operatorDefaults(Simulator.OPERATOR).toBuilder()
				.transferRecall(false).bargeLevel(5).build())));
	}

	@AfterEach
	void restoreTheOperatorExtension() {
		done(pbx.execute(new SetOfficeExtension(Simulator.OPERATOR, false)));
		done(pbx.execute(new WriteExtensionServices(ExtensionServices.operatorDefaults(Simulator.OPERATOR))));
	}

	@Test
	void f14_checkNamesWhatIsMissingAndFixWritesIt() {
		page.openAdministrator(ViewPage.SETTINGS);
		page.click("prereq.check");
		List<String> recall = page.waitForRow(TABLE, 0, "Transfer recall right");
		ui.waitUntil("the check to show what is missing", () -> "Missing".equals(row("Transfer recall right").get(3)));
		assertEquals("Off", row("Transfer recall right").get(2));
		assertEquals(List.of("Barge-in / force release level", "1 or better (lower)", "5", "Missing"),
				row("Barge-in / force release level"));
		assertEquals("OK", row("Internal transfer right").get(3), recall.toString());
		page.waitForText("prereq.status", "2 services missing");
		page.picture(null, "f14-prerequisites-missing");

		page.click("prereq.fix");
		page.waitForText("prereq.status", "has every service");
		assertTrue(page.rows(TABLE).stream().allMatch(r -> r.get(3).equals("OK")), page.rows(TABLE).toString());
		ExtensionServices now = done(pbx.execute(new ReadExtensionServices(Simulator.OPERATOR)));
		assertTrue(now.transferRecall());
		assertEquals(1, now.bargeLevel());
		page.picture(null, "f14-prerequisites-fixed");
	}

	@Test
	void f14_anOfficeExtensionRefusesTheFixAndSaysSo() {
		done(pbx.execute(new SetOfficeExtension(Simulator.OPERATOR, true)));
		page.openAdministrator(ViewPage.SETTINGS);
		page.click("prereq.check");
		page.waitForText("prereq.status", "missing");
		page.click("prereq.fix");
		page.waitForText("prereq.status", "office extension");
		assertTrue(page.isRed("prereq.status"));
		page.picture(null, "f14-prerequisites-office-refused");
	}

	private List<String> row(String item) {
		return page.rows(TABLE).stream().filter(r -> r.get(0).equals(item)).findFirst().orElseThrow();
	}

	private static <T> T done(CompletionStage<T> stage) {
		try {
			return stage.toCompletableFuture().get(10, TimeUnit.SECONDS);
		} catch (Exception e) {
			throw new AssertionError("The PBX did not do it: " + e, e);
		}
	}
}
