package com.switchdesk.ui.tests.manage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.switchdesk.callcontrol.OperatorMode;
import com.switchdesk.ui.tests.driver.ConsoleWindow;
import com.switchdesk.ui.tests.driver.KeypadPage;
import com.switchdesk.ui.tests.driver.QueuePage;
import com.switchdesk.ui.tests.driver.Simulator;

/** F10: a call the operator answered is in the call log when it ends, and Dial back calls the caller again. */
class F10CallLogUiTest extends ManageUiTestBase {

	private static final String CALLER = "13900001001";
	private static final String TABLE = "calllog.table";

	private Simulator sim;
	private KeypadPage keypad;
	private ViewPage page;

	@BeforeEach
	void quietAndBound() {
		sim = new Simulator(ui);
		sim.reset();
		keypad = new KeypadPage(ui, sim);
		page = new ViewPage(console);
		if (!ConsoleWindow.OPERATOR.equals(console.activePerspective())) {
			console.switchWithButton(ConsoleWindow.OPERATOR);
		}
		keypad.bind();
	}

	@Test
	void f10_answeredCallIsLoggedAndDialedBack() {
		sim.outsideCall(CALLER);
		new QueuePage(ui).waitForRows("the caller waits", 1);
		keypad.press("dial");
		keypad.waitForMode(OperatorMode.TALKING, "Talking");
		sim.pbx().hangUp(CALLER);
		ui.waitUntil("the call to end", () -> sim.mode() == OperatorMode.IDLE);

		page.open(ConsoleWindow.OPERATOR, ViewPage.OPERATOR_CALL_LOG);
		String parties = CALLER + " \u2192 " + Simulator.OPERATOR;
		List<String> row = page.waitForRow(TABLE, 2, parties);
		assertEquals("Inbound", row.get(1));
		assertEquals("Answered", row.get(5));
		page.picture(null, "f10-call-log-operator");

		page.doubleClickRow(TABLE, 2, parties);
		ui.waitUntil("the console to call " + CALLER + " back (now " + sim.mode() + ")",
				() -> (sim.mode() == OperatorMode.CALLING || sim.mode() == OperatorMode.TALKING) && sim.console().state()
						.current().map(c -> c.label().contains(CALLER)).orElse(false));
		page.waitForText("calllog.message", CALLER);
		sim.console().hangUp();
		ui.waitUntil("the call back to end", () -> sim.mode() == OperatorMode.IDLE);
		page.waitForRow(TABLE, 2, Simulator.OPERATOR + " \u2192 " + CALLER);
	}

	@Test
	void f10_administratorSearchesTheLogByNumberAndDirection() {
		sim.outsideCall("13900001002");
		new QueuePage(ui).waitForRows("the caller waits", 1);
		sim.pbx().hangUp("13900001002");
		ui.waitUntil("the caller to give up", () -> sim.console().state().queue().isEmpty());

		page.openAdministrator(ViewPage.CALL_LOG);
		page.fill("calllog.text", "13900001002");
		List<String> row = page.waitForRow(TABLE, 2, "13900001002 \u2192 " + Simulator.OPERATOR);
		assertEquals("Missed", row.get(5));
		ui.waitUntil("only that caller's calls", () -> page.rows(TABLE).stream()
				.allMatch(r -> r.get(2).contains("13900001002")));
		page.picture(null, "f10-call-log-search");
		page.fill("calllog.text", "");
	}
}
