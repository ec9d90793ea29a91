package com.switchdesk.ui.settings;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import com.switchdesk.pbx.model.CallWaitingMode;
import com.switchdesk.pbx.model.ExtensionServices;

/**
 * What the PBX must allow the operator extension (seed 1.1, figure 2.1; F14): call waiting in operator mode, the
 * internal and external transfer rights, the recall right, outgoing on behalf, and the barge-in / force-release
 * switch with level 1 or better (a lower number wins). Pure: checks services and makes the fixed ones.
 */
public final class Prerequisites {

	/** The best barge-in level the seed asks for: 1 (0 is better still). */
	public static final int REQUIRED_BARGE_LEVEL = 1;

	/** One prerequisite. */
	public enum Item {
		CALL_WAITING(ExtensionServices::callWaiting),
		CALL_WAITING_MODE(s -> s.callWaitingMode() == CallWaitingMode.OPERATOR_MODE),
		INTERNAL_TRANSFER(ExtensionServices::internalTransfer),
		EXTERNAL_TRANSFER(ExtensionServices::externalTransfer),
		RECALL(ExtensionServices::transferRecall),
		OUTGOING_ON_BEHALF(ExtensionServices::outgoingOnBehalf),
		BARGE_SWITCH(ExtensionServices::bargeEnabled),
		BARGE_LEVEL(s -> s.bargeLevel() <= REQUIRED_BARGE_LEVEL);

		private final Predicate<ExtensionServices> met;

		Item(Predicate<ExtensionServices> met) {
			this.met = met;
		}

		public boolean isMet(ExtensionServices services) {
			return met.test(services);
		}
	}

	/** A prerequisite with what the extension has now. */
	public record Check(Item item, boolean met) {
	}

	private Prerequisites() {
	}

	public static List<Check> check(ExtensionServices services) {
		return List.of(Item.values()).stream().map(i -> new Check(i, i.isMet(services))).toList();
	}

	public static boolean allMet(ExtensionServices services) {
		return List.of(Item.values()).stream().allMatch(i -> i.isMet(services));
	}

	/** The services with every missing prerequisite set, and the rest as they were. */
	public static ExtensionServices fixed(ExtensionServices s) {
		ExtensionServices.Builder b = s.toBuilder().callWaiting(true).callWaitingMode(CallWaitingMode.OPERATOR_MODE)
				.internalTransfer(true).externalTransfer(true).transferRecall(true).outgoingOnBehalf(true)
				.bargeEnabled(true);
		return b.bargeLevel(Math.min(s.bargeLevel(), REQUIRED_BARGE_LEVEL)).build();
	}

	/** What the extension has now, for the table. */
	static String now(Item item, ExtensionServices s, Function<Boolean, String> onOff) {
		return switch (item) {
		case CALL_WAITING -> onOff.apply(s.callWaiting());
		case CALL_WAITING_MODE -> s.callWaitingMode() == CallWaitingMode.OPERATOR_MODE ? Messages.Prereq_operatorMode
				: Messages.Prereq_callHold;
		case INTERNAL_TRANSFER -> onOff.apply(s.internalTransfer());
		case EXTERNAL_TRANSFER -> onOff.apply(s.externalTransfer());
		case RECALL -> onOff.apply(s.transferRecall());
		case OUTGOING_ON_BEHALF -> onOff.apply(s.outgoingOnBehalf());
		case BARGE_SWITCH -> onOff.apply(s.bargeEnabled());
		case BARGE_LEVEL -> Integer.toString(s.bargeLevel());
		};
	}
}
