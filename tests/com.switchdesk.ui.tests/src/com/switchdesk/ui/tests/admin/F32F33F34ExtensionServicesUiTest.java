package com.switchdesk.ui.tests.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.switchdesk.pbx.command.ReadExtensionServices;
import com.switchdesk.pbx.command.SetOfficeExtension;
import com.switchdesk.pbx.command.WriteExtensionServices;
import com.switchdesk.pbx.model.Extension;
import com.switchdesk.pbx.model.ExtensionServices;
import com.switchdesk.ui.admin.ServicesViewer;
import com.switchdesk.ui.tests.driver.ConsoleWindow;
import com.switchdesk.ui.tests.driver.Simulator;
import com.switchdesk.ui.tests.driver.UiDriver;

/**
 * F32 batch extension services with preview and per-extension result, F33 one extension's services
 * (from the part and through the {@link ServicesViewer} entry point the board uses), F34 office
 * extensions: clicked through in the Administrator perspective against the embedded PBX.
 */
class F32F33F34ExtensionServicesUiTest {

	/** Ordinary rooms, an office extension of the demo hotel, and one this test makes an office. */
	private static final List<String> TOUCHED = List.of("8006", "8008", "8090", "8007", "8088");

	private UiDriver ui;
	private ConsoleWindow console;
	private Simulator sim;
	private ServicesPage services;
	private final Map<String, ExtensionServices> before = new LinkedHashMap<>();

	@BeforeEach
	void openServices() {
		ui = UiDriver.forProduct();
		console = ConsoleWindow.waitForStart(ui);
		sim = new Simulator(ui);
		for (String n : TOUCHED) {
			before.put(n, Pbx.run(new ReadExtensionServices(n)));
		}
		services = new ServicesPage(console);
		services.open();
	}

	@AfterEach
	void restoreServices() {
		Pbx.run(new SetOfficeExtension("8007", false));
		before.forEach((n, s) -> {
			if (!office(n)) {
				Pbx.run(new WriteExtensionServices(s));
			}
		});
		closeViewers();
		console.activate();
		services.click("services.clearTicks");
		services.fill("services.filter", "");
		services.leave();
	}

	private boolean office(String number) {
		return sim.pbx().snapshot().extensions().stream().filter(e -> e.number().equals(number)).findFirst()
				.map(Extension::office).orElse(false);
	}

	private void closeViewers() {
		ui.run(() -> ui.findAll(w -> w instanceof Shell s && "services.viewer".equals(
				com.switchdesk.ui.WidgetIds.of(s))).forEach(w -> ((Shell) w).close()));
	}

	@Test
	void f32_f34_batchDndForThreeExtensionsPreviewsAppliesAndReportsEach() {
		services.filter("8006, 8008 8090", List.of("8006", "8008", "8090"));
		services.waitForExtensionRow("8090", "to be shown as an office extension", r -> r.get(2).equals("Office"));
		services.waitForExtensionRow("8006", "to show its key services", r -> r.get(3).startsWith("Class 0"));
		services.selectAllShown();
		ui.waitUntil("three extensions selected", () -> ui.textOf("services.count").endsWith("3 selected"));

		services.clickValue("DND_INTERNAL");
		assertTrue(services.ticked("DND_INTERNAL"), "editing a value ticks 'change this'");
		assertFalse(services.ticked("DND_EXTERNAL"), "other services stay unticked");
		assertFalse(services.isEnabled("services.apply"), "nothing to apply before a preview");

		services.preview();
		services.waitForStatus("8090", "Will be refused: office extension");
		assertEquals("Will change", services.status("8006"));
		assertEquals("Will change", services.status("8008"));
		assertEquals("DND internal: off → on", services.batch().get(0).get(2));
		assertEquals("Preview: nothing has been sent yet", services.batchTitle());
		services.waitForMessage("3 extension(s): 2 will change, 0 already set, 1 will be refused.");
		assertFalse(Pbx.run(new ReadExtensionServices("8006")).dndInternal(), "a preview sends nothing");
		services.picture(null, "f32-services-preview");

		services.apply();
		services.waitForMessage("2 done, 1 refused, 0 unchanged.");
		assertEquals("Done", services.status("8006"));
		assertEquals("Done", services.status("8008"));
		assertTrue(services.status("8090").startsWith("Refused: office extension — 8090 is an office extension"),
				services.status("8090"));
		assertFalse(services.isEnabled("services.cancel"), "nothing left to cancel");
		assertFalse(services.isEnabled("services.apply"), "a preview is applied once");
		assertEquals("Result", services.batchTitle());
		services.picture(null, "f32-services-result");

		assertTrue(Pbx.run(new ReadExtensionServices("8006")).dndInternal(), "8006 has internal DND now");
		assertTrue(Pbx.run(new ReadExtensionServices("8008")).dndInternal(), "8008 has internal DND now");
		ExtensionServices office = Pbx.run(new ReadExtensionServices("8090"));
		assertEquals(before.get("8090"), office, "the office extension is unchanged");
		ExtensionServices untouched = Pbx.run(new ReadExtensionServices("8006"));
		assertEquals(before.get("8006").toBuilder().dndInternal(true).build(), untouched,
				"unticked services kept 8006's own values");
		services.waitForExtensionRow("8006", "to show DND in its key services", r -> r.get(3).contains("DND int"));
	}

	@Test
	void f34_officeMarkProtectsTheServicesUntilRemoved() {
		services.filter("8007", List.of("8007"));
		services.selectAllShown();
		services.click("services.markOffice");
		services.waitForExtensionRow("8007", "to be marked as office", r -> r.get(2).equals("Office"));
		services.waitForMessage("Marked as office extension: 8007");
		assertTrue(office("8007"), "the PBX has 8007 as an office extension");
		ui.waitUntil("only 'Remove office mark' to be offered for 8007",
				() -> !services.isEnabled("services.markOffice") && services.isEnabled("services.unmarkOffice"));

		services.clickValue("CONFERENCE_CHAIR");
		services.preview();
		services.waitForStatus("8007", "Will be refused: office extension");
		services.apply();
		services.waitForStatus("8007", "Refused: office extension");
		services.waitForMessage("0 done, 1 refused");
		services.picture(null, "f34-office-refused");
		assertEquals(before.get("8007"), Pbx.run(new ReadExtensionServices("8007")));

		services.click("services.unmarkOffice");
		services.waitForExtensionRow("8007", "to lose the office mark", r -> r.get(2).isEmpty());
		assertFalse(office("8007"));
		services.preview();
		services.waitForStatus("8007", "Will change");
		services.apply();
		services.waitForStatus("8007", "Done");
		assertTrue(Pbx.run(new ReadExtensionServices("8007")).conferenceChair());
	}

	@Test
	void f33_viewOneExtensionsServicesThenEditThem() {
		services.filter("8088", List.of("8088"));
		services.clickRow(ServicesPage.TABLE, 0, "8088");
		services.click("services.view");
		Shell viewer = ui.widget("services.viewer");
		ui.waitUntil("the viewer to show 8088's barge-in level",
				() -> ui.textOf("services.viewer.value.BARGE_LEVEL").equals("0"));
		assertEquals("Services of extension 8088", ui.onUi(viewer::getText));
		assertEquals("0", ui.textOf("services.viewer.value.SERVICE_CLASS"));
		assertEquals("off", ui.textOf("services.viewer.value.DND_INTERNAL"));
		assertEquals("call hold", ui.textOf("services.viewer.value.CALL_WAITING_MODE"));
		assertTrue(ui.textOf("services.viewer.heading").contains("总经理 GM"));
		services.picture(viewer, "f33-services-viewer");

		services.click("services.viewer.edit");
		ui.waitUntil("the viewer to close", viewer::isDisposed);
		ui.waitUntil("the editor to show 8088's values",
				() -> ui.textOf("services.editor.source").contains("Values shown: 8088"));
		org.eclipse.swt.widgets.Spinner level = ui.widget("services.value.BARGE_LEVEL");
		assertEquals(0, (int) ui.onUi(level::getSelection));
		assertFalse(services.ticked("BARGE_LEVEL"), "pre-filled, nothing ticked yet");
	}

	@Test
	void f33_servicesViewerEntryPointForTheBoardShowsAnOfficeExtensionReadOnly() {
		ui.run(() -> {
			ServicesViewer viewer = ContextInjectionFactory.make(ServicesViewer.class, console.window().getContext());
			viewer.open(console.shell(), "8090");
		});
		Shell shell = ui.widget("services.viewer");
		ui.waitUntil("the viewer to show the services", () -> ui.textOf("services.viewer.status")
				.equals("As the PBX has them now (read-only)."));
		assertEquals("Office extension: its services cannot be changed from the console.",
				ui.textOf("services.viewer.office"));
		assertTrue(ui.find("services.viewer.edit").isEmpty(), "no offer to edit what the PBX protects");
		services.picture(shell, "f33-services-viewer-office");
		services.click("services.viewer.close");
		ui.waitUntil("the viewer to close", shell::isDisposed);
	}
}
