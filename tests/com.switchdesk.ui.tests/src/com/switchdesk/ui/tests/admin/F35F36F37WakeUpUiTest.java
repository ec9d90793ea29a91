package com.switchdesk.ui.tests.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.switchdesk.pbx.command.DeleteWakeUpOrder;
import com.switchdesk.pbx.command.ReadPendingWakeUps;
import com.switchdesk.pbx.command.ReadWakeUpOrders;
import com.switchdesk.pbx.command.WriteWakeUpOrder;
import com.switchdesk.pbx.model.PartyState;
import com.switchdesk.pbx.model.WakeUpCycle;
import com.switchdesk.pbx.model.WakeUpOrder;
import com.switchdesk.ui.WidgetIds;
import com.switchdesk.ui.tests.driver.ConsoleWindow;
import com.switchdesk.ui.tests.driver.Simulator;
import com.switchdesk.ui.tests.driver.UiDriver;

/**
 * F35 wake-up editor (validation, save, edit, bulk edit, on/off, delete), F36 the wake-up log and
 * F37 the pending list, clicked through against the embedded PBX, which really rings the rooms: the
 * log test sets an order two seconds ahead, answers the ringing room and finds the attempt logged.
 */
class F35F36F37WakeUpUiTest {

	private static final List<String> ROOMS = List.of("8101", "8102", "8103", "8104", "8105");
	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
	private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private UiDriver ui;
	private ConsoleWindow console;
	private Simulator sim;
	private WakeUpPage wakeUp;

	@BeforeEach
	void openWakeUp() {
		ui = UiDriver.forProduct();
		console = ConsoleWindow.waitForStart(ui);
		sim = new Simulator(ui);
		clearRooms();
		wakeUp = new WakeUpPage(console);
		wakeUp.open();
		wakeUp.tab("orders");
	}

	@AfterEach
	void clearRooms() {
		if (ui != null) {
			List<String> dialogs = List.of("wakeup.dialog", "wakeup.bulk", "wakeup.confirmDelete");
			ui.run(() -> ui.findAll(w -> w instanceof Shell s && WidgetIds.of(s) != null
					&& dialogs.contains(WidgetIds.of(s))).forEach(w -> ((Shell) w).close()));
		}
		for (String room : ROOMS) {
			while (sim.calls().stream().anyMatch(c -> c.parties().stream().anyMatch(p -> p.number().equals(room)))) {
				sim.pbx().hangUp(room);
			}
			Pbx.run(new DeleteWakeUpOrder(room));
		}
		if (wakeUp != null) {
			if (!ui.textOf("wakeup.log.filter").isEmpty()) {
				wakeUp.tab("log");
				wakeUp.fill("wakeup.log.filter", "");
			}
			wakeUp.tab("orders");
			wakeUp.leave();
		}
	}

	private static WakeUpOrder daily(String room, LocalTime t1, Optional<LocalTime> t2, boolean on) {
		return new WakeUpOrder(room, t1, t2, WakeUpCycle.DAILY, Set.of(), on);
	}

	@Test
	void f35_newOrderIsCheckedAsTypedSavedAndEdited() {
		wakeUp.click("wakeup.new");
		Shell dialog = ui.widget("wakeup.dialog");
		wakeUp.waitForDialogMessage("Enter the room's extension number.");
		assertFalse(wakeUp.isEnabled("wakeup.dialog.ok"));
		wakeUp.fill("wakeup.dialog.room", "9999");
		wakeUp.waitForDialogMessage("There is no extension 9999 on this PBX.");
		wakeUp.fill("wakeup.dialog.room", "8101");
		wakeUp.waitForDialogMessage("Time 1: enter a time of day as HH:MM, e.g. 07:30.");
		wakeUp.fill("wakeup.dialog.time1", "07:30");
		wakeUp.fill("wakeup.dialog.time2", "07:00");
		wakeUp.waitForDialogMessage("Time 2 (07:00) must be later than time 1 (07:30).");
		assertFalse(wakeUp.isEnabled("wakeup.dialog.ok"));
		wakeUp.picture(dialog, "f35-order-dialog-time2-error");
		wakeUp.fill("wakeup.dialog.time2", "08:15");
		wakeUp.waitForDialogMessage("Ready to save.");
		// the cycle with the keyboard, as a receptionist does: Tab from time 2, End picks "Chosen days"
		ui.press("Tab");
		ui.press("End");
		wakeUp.waitForDialogMessage("Chosen days: tick at least one day.");
		wakeUp.click("wakeup.dialog.day.MONDAY");
		wakeUp.click("wakeup.dialog.day.FRIDAY");
		wakeUp.waitForDialogMessage("Ready to save.");
		wakeUp.picture(dialog, "f35-order-dialog-ready");
		wakeUp.click("wakeup.dialog.ok");
		ui.waitUntil("the dialog to close", dialog::isDisposed);

		wakeUp.waitForOrder("8101", List.of("8101", "", "07:30", "08:15", "Chosen days", "Mon, Fri", "on"));
		WakeUpOrder saved = new WakeUpOrder("8101", LocalTime.of(7, 30), Optional.of(LocalTime.of(8, 15)),
				WakeUpCycle.CUSTOM, Set.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), true);
		assertTrue(Pbx.run(new ReadWakeUpOrders()).contains(saved), "the PBX has the order");
		wakeUp.picture(null, "f35-wakeup-orders");

		wakeUp.tab("pending");
		String due = next(saved).format(MINUTES);
		ui.waitUntil("8101 pending at " + due + " (now " + wakeUp.rows(WakeUpPage.PENDING) + ")", () -> {
			List<List<String>> rows = wakeUp.rowsFor(WakeUpPage.PENDING, 2, List.of("8101"));
			return rows.size() == 1 && rows.get(0).get(0).equals(due) && rows.get(0).get(4).equals("first call");
		});

		wakeUp.tab("orders");
		wakeUp.clickRow(WakeUpPage.ORDERS, 0, "8101");
		wakeUp.click("wakeup.edit");
		Shell edit = ui.widget("wakeup.dialog");
		assertEquals("Wake-up order of 8101", ui.onUi(edit::getText));
		wakeUp.fill("wakeup.dialog.time1", "06:50");
		wakeUp.waitForDialogMessage("Ready to save.");
		wakeUp.click("wakeup.dialog.ok");
		ui.waitUntil("the dialog to close", edit::isDisposed);
		wakeUp.waitForOrder("8101", List.of("8101", "", "06:50", "08:15", "Chosen days", "Mon, Fri", "on"));
	}

	@Test
	void f35_bulkEditSetsManyRoomsThenOnOffAndDelete() {
		Pbx.run(new WriteWakeUpOrder(daily("8102", LocalTime.of(6, 0), Optional.empty(), true)));
		Pbx.run(new WriteWakeUpOrder(daily("8103", LocalTime.of(6, 0), Optional.of(LocalTime.of(6, 30)), true)));
		wakeUp.waitForOrder("8103", List.of("8103", "", "06:00", "06:30", "Every day", "Mon–Sun", "on"));

		wakeUp.click("wakeup.bulkEdit");
		Shell bulk = ui.widget("wakeup.bulk");
		wakeUp.fill("wakeup.bulk.rooms", "8102-8104");
		wakeUp.waitForBulkMessage("Tick what to set: time 1, time 2, cycle or on/off.");
		wakeUp.click("wakeup.bulk.enabled");
		assertTrue(wakeUp.isSelected("wakeup.bulk.tick.enabled"), "editing on/off ticks it");
		wakeUp.waitForBulkMessage("Room 8104 has no order yet: tick time 1 to create one.");
		wakeUp.fill("wakeup.bulk.time1", "06:45");
		wakeUp.waitForBulkMessage("8103: Time 2 (06:30) must be later than time 1 (06:45).");
		wakeUp.fill("wakeup.bulk.time2", "07:15");
		wakeUp.waitForBulkMessage("Ready to save 3 order(s).");
		wakeUp.picture(bulk, "f35-bulk-edit");
		wakeUp.click("wakeup.bulk.ok");
		ui.waitUntil("the bulk dialog to close", bulk::isDisposed);
		for (String room : List.of("8102", "8103", "8104")) {
			wakeUp.waitForOrder(room, List.of(room, "", "06:45", "07:15", "Every day", "Mon–Sun", "off"));
		}

		wakeUp.clickRow(WakeUpPage.ORDERS, 0, "8102");
		ui.press("shift+Down");
		ui.press("shift+Down");
		wakeUp.click("wakeup.turnOn");
		ui.waitUntil("three orders switched on", () -> ui.textOf("wakeup.orders.status").equals("3 order(s) switched on."));
		for (String room : List.of("8102", "8103", "8104")) {
			wakeUp.waitForOrder(room, List.of(room, "", "06:45", "07:15", "Every day", "Mon–Sun", "on"));
		}
		wakeUp.picture(null, "f35-bulk-result");

		wakeUp.click("wakeup.delete");
		Shell confirm = ui.widget("wakeup.confirmDelete");
		wakeUp.click("wakeup.confirmDelete.ok");
		ui.waitUntil("the question to close", confirm::isDisposed);
		for (String room : List.of("8102", "8103", "8104")) {
			wakeUp.waitForNoOrder(room);
		}
		assertTrue(Pbx.run(new ReadWakeUpOrders()).stream().noneMatch(o -> ROOMS.contains(o.extension())));
	}

	@Test
	void f36_f37_theLogShowsTheCallsThePbxMadeAndThePendingRetry() {
		LocalDateTime soon = LocalDateTime.now().plusSeconds(2).withNano(0);
		sim.pbx().liftHandset("8104"); // 8104 is busy (dial tone) when its wake-up comes
		for (String room : List.of("8104", "8105")) {
			Pbx.run(new WriteWakeUpOrder(new WakeUpOrder(room, soon.toLocalTime(), Optional.empty(), WakeUpCycle.ONCE,
					Set.of(), true)));
		}
		ui.waitUntil("the PBX to ring 8105 for its wake-up", () -> sim.calls().stream().anyMatch(c -> c.parties()
				.stream().anyMatch(p -> p.number().equals("8105") && p.state() == PartyState.ALERTING)),
				Duration.ofSeconds(15));
		sim.pbx().answer("8105");

		wakeUp.tab("log");
		String scheduled = soon.format(soon.getSecond() == 0 ? MINUTES : SECONDS);
		ui.waitUntil("both attempts in the log", () -> logRows(scheduled).size() == 2);
		List<String> answered = logRows(scheduled).stream().filter(r -> r.get(0).equals("8105")).findFirst().get();
		assertEquals(List.of("8105", "", scheduled), answered.subList(0, 3));
		assertEquals(List.of("first call", "Answered"), answered.subList(4, 6));
		List<String> busy = logRows(scheduled).stream().filter(r -> r.get(0).equals("8104")).findFirst().get();
		assertEquals(List.of("first call", "Busy"), busy.subList(4, 6));

		wakeUp.clickHeading(WakeUpPage.LOG, 0);
		ui.waitUntil("sorted by room, ascending", () -> rooms(logRows(scheduled)).equals(List.of("8104", "8105")));
		wakeUp.clickHeading(WakeUpPage.LOG, 0);
		ui.waitUntil("sorted by room, descending", () -> rooms(logRows(scheduled)).equals(List.of("8105", "8104")));
		wakeUp.fill("wakeup.log.filter", "8105");
		ui.waitUntil("only 8105 shown", () -> !wakeUp.rows(WakeUpPage.LOG).isEmpty()
				&& wakeUp.rows(WakeUpPage.LOG).stream().allMatch(r -> r.get(0).equals("8105")));
		wakeUp.picture(null, "f36-wakeup-log");

		wakeUp.tab("pending");
		ui.waitUntil("8104's retry to be pending", () -> {
			List<List<String>> rows = wakeUp.rowsFor(WakeUpPage.PENDING, 2, List.of("8104", "8105"));
			return rows.size() == 1 && rows.get(0).get(2).equals("8104") && rows.get(0).get(4).equals("retry 2")
					&& rows.get(0).get(1).matches("in [45] min");
		});
		String retryDue = Pbx.run(new ReadPendingWakeUps()).stream().filter(p -> p.extension().equals("8104"))
				.findFirst().orElseThrow().due().format(SECONDS).substring(0, 16);
		assertTrue(wakeUp.rowsFor(WakeUpPage.PENDING, 2, List.of("8104")).get(0).get(0).startsWith(retryDue));
		wakeUp.picture(null, "f37-pending-retry");
	}

	@Test
	void f37_pendingListShowsTheSoonestFirstAndSkipsOrdersThatAreOff() {
		LocalDateTime now = LocalDateTime.now();
		WakeUpOrder later = daily("8101", now.plusHours(3).toLocalTime().withSecond(0).withNano(0), Optional.empty(), true);
		WakeUpOrder sooner = daily("8102", now.plusHours(1).toLocalTime().withSecond(0).withNano(0), Optional.empty(), true);
		WakeUpOrder off = daily("8103", now.plusMinutes(30).toLocalTime().withSecond(0).withNano(0), Optional.empty(),
				false);
		List.of(later, sooner, off).forEach(o -> Pbx.run(new WriteWakeUpOrder(o)));

		wakeUp.tab("pending");
		List<String> expected = List.of(next(sooner).format(MINUTES), next(later).format(MINUTES));
		ui.waitUntil("8102 then 8101 pending (now " + wakeUp.rows(WakeUpPage.PENDING) + ")", () -> {
			List<List<String>> rows = wakeUp.rowsFor(WakeUpPage.PENDING, 2, ROOMS);
			return rooms(rows, 2).equals(List.of("8102", "8101"))
					&& rows.stream().map(r -> r.get(0)).toList().equals(expected);
		});
		assertTrue(ui.textOf("wakeup.pending.summary").contains("next: room 8102 at " + expected.get(0)),
				ui.textOf("wakeup.pending.summary"));
		wakeUp.picture(null, "f37-pending-soonest-first");
	}

	private List<List<String>> logRows(String scheduled) {
		return wakeUp.rows(WakeUpPage.LOG).stream()
				.filter(r -> List.of("8104", "8105").contains(r.get(0)) && r.get(2).equals(scheduled)).toList();
	}

	private static List<String> rooms(List<List<String>> rows) {
		return rooms(rows, 0);
	}

	private static List<String> rooms(List<List<String>> rows, int column) {
		return rows.stream().map(r -> r.get(column)).toList();
	}

	/** When the PBX next rings an order (its first time after now on a day of its cycle). */
	private static LocalDateTime next(WakeUpOrder o) {
		LocalDateTime now = LocalDateTime.now();
		for (int d = 0; d <= 7; d++) {
			java.time.LocalDate day = now.toLocalDate().plusDays(d);
			if (!o.ringsOn(day.getDayOfWeek())) {
				continue;
			}
			for (LocalTime t : o.time2().map(t2 -> List.of(o.time1(), t2)).orElse(List.of(o.time1()))) {
				if (day.atTime(t).isAfter(now)) {
					return day.atTime(t);
				}
			}
		}
		throw new AssertionError("never rings: " + o);
	}
}
