package com.switchdesk.pbx.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.switchdesk.pbx.RefusalReason;
import com.switchdesk.pbx.command.ReadExtensionServices;
import com.switchdesk.pbx.command.SetExtensionName;
import com.switchdesk.pbx.command.SetOfficeExtension;
import com.switchdesk.pbx.command.WriteExtensionServices;
import com.switchdesk.pbx.event.ExtensionChanged;
import com.switchdesk.pbx.event.ServicesChanged;
import com.switchdesk.pbx.model.CallWaitingMode;
import com.switchdesk.pbx.model.DeviceState;
import com.switchdesk.pbx.model.ExtensionServices;

/** F32 extension services, F33 viewing them, F34 office extensions, F16 user names. */
class F32F33F34ServicesTest {

	private final SimHarness h = new SimHarness();

	@Test
	void f33_theOperatorPositionHasTheSeedsPrerequisites() {
		ExtensionServices op = h.run(new ReadExtensionServices("8000"));
		assertTrue(op.callWaiting());
		assertEquals(CallWaitingMode.OPERATOR_MODE, op.callWaitingMode());
		assertTrue(op.internalTransfer() && op.externalTransfer() && op.transferRecall() && op.outgoingOnBehalf());
		assertTrue(op.bargeEnabled());
		assertEquals(1, op.bargeLevel());
	}

	@Test
	void f32_writtenServicesAreReadBackAndAnnounced() {
		ExtensionServices changed = h.run(new ReadExtensionServices("8005")).toBuilder().dndInternal(true)
				.hotline(true, "8000").serviceClass(3).build();
		h.run(new WriteExtensionServices(changed));
		assertEquals(changed, h.run(new ReadExtensionServices("8005")));
		assertEquals(changed, h.lastEvent(ServicesChanged.class, e -> true).services());
		assertEquals(DeviceState.DND, h.lamp("8005"), "do-not-disturb shows on the board");
	}

	@Test
	void f34_officeExtensionsServicesCannotBeChanged() {
		ExtensionServices office = h.run(new ReadExtensionServices("8091"));
		var refusal = h.refused(RefusalReason.OFFICE_EXTENSION,
				new WriteExtensionServices(office.toBuilder().dndInternal(true).build()));
		assertTrue(refusal.getMessage().contains("8091"), refusal.getMessage());
		assertEquals(office, h.run(new ReadExtensionServices("8091")), "nothing changed");

		h.run(new SetOfficeExtension("8091", false));
		h.run(new WriteExtensionServices(office.toBuilder().dndInternal(true).build()));
		h.run(new SetOfficeExtension("8005", true));
		h.refused(RefusalReason.OFFICE_EXTENSION, new WriteExtensionServices(ExtensionServices.defaults("8005")));
	}

	@Test
	void f32_invalidServicesAreRejectedBeforeReachingThePbx() {
		assertThrows(IllegalArgumentException.class,
				() -> ExtensionServices.defaults("8005").toBuilder().bargeLevel(16).build());
		assertThrows(IllegalArgumentException.class,
				() -> ExtensionServices.defaults("8005").toBuilder().hotline(true, "").build());
	}

	@Test
	void f16_userNamesAreStoredOnThePbxAndAnnounced() {
		h.run(new SetExtensionName("8007", "  王小明 "));
		assertEquals("王小明", h.lastEvent(ExtensionChanged.class, e -> e.extension().number().equals("8007"))
				.extension().userName());
		h.refused(RefusalReason.INVALID_ARGUMENT, new SetExtensionName("8007", "x".repeat(33)));
		h.refused(RefusalReason.UNKNOWN_DEVICE, new SetExtensionName("9999", "nobody"));
	}
}
