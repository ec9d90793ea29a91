package com.switchdesk.ui.admin;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

import com.switchdesk.pbx.model.CallWaitingMode;
import com.switchdesk.pbx.model.CallerIdMode;
import com.switchdesk.pbx.model.ExtensionServices;

/**
 * One service of an extension that the console edits (seed figure 2.1, section 3.6), with how to
 * read it from and write it into {@link ExtensionServices}. Values are {@link Boolean} (flags),
 * {@link Integer} (class and levels 0–15), an enum constant (modes) or a {@link Hotline}.
 */
enum ServiceField {
	INTERNAL_TRANSFER(Section.TRANSFER, Kind.FLAG, ExtensionServices::internalTransfer,
			(b, v) -> b.internalTransfer((Boolean) v)),
	EXTERNAL_TRANSFER(Section.TRANSFER, Kind.FLAG, ExtensionServices::externalTransfer,
			(b, v) -> b.externalTransfer((Boolean) v)),
	TRANSFER_RECALL(Section.TRANSFER, Kind.FLAG, ExtensionServices::transferRecall,
			(b, v) -> b.transferRecall((Boolean) v)),
	OUTGOING_ON_BEHALF(Section.TRANSFER, Kind.FLAG, ExtensionServices::outgoingOnBehalf,
			(b, v) -> b.outgoingOnBehalf((Boolean) v)),
	SERVICE_CLASS(Section.CLASS, Kind.LEVEL, ExtensionServices::serviceClass, (b, v) -> b.serviceClass((Integer) v)),
	BARGE_ENABLED(Section.CLASS, Kind.FLAG, ExtensionServices::bargeEnabled, (b, v) -> b.bargeEnabled((Boolean) v)),
	BARGE_LEVEL(Section.CLASS, Kind.LEVEL, ExtensionServices::bargeLevel, (b, v) -> b.bargeLevel((Integer) v)),
	HOTLINE(Section.HOTLINE, Kind.HOTLINE, Hotline::of, (b, v) -> b.hotline(true, ((Hotline) v).number())),
	CALLER_ID_MODE(Section.CALLER_ID, Kind.CHOICE, ExtensionServices::callerIdMode,
			(b, v) -> b.callerIdMode((CallerIdMode) v)),
	CALLER_ID_ENABLED(Section.CALLER_ID, Kind.FLAG, ExtensionServices::callerIdEnabled,
			(b, v) -> b.callerIdEnabled((Boolean) v)),
	DND_INTERNAL(Section.DND, Kind.FLAG, ExtensionServices::dndInternal, (b, v) -> b.dndInternal((Boolean) v)),
	DND_INTERNAL_REST(Section.DND, Kind.FLAG, ExtensionServices::dndInternalRest,
			(b, v) -> b.dndInternalRest((Boolean) v)),
	DND_EXTERNAL(Section.DND, Kind.FLAG, ExtensionServices::dndExternal, (b, v) -> b.dndExternal((Boolean) v)),
	DND_EXTERNAL_REST(Section.DND, Kind.FLAG, ExtensionServices::dndExternalRest,
			(b, v) -> b.dndExternalRest((Boolean) v)),
	CALL_WAITING(Section.CALL_WAITING, Kind.FLAG, ExtensionServices::callWaiting, (b, v) -> b.callWaiting((Boolean) v)),
	NIGHT_CALL_WAITING(Section.CALL_WAITING, Kind.FLAG, ExtensionServices::nightCallWaiting,
			(b, v) -> b.nightCallWaiting((Boolean) v)),
	CALL_WAITING_TONE(Section.CALL_WAITING, Kind.FLAG, ExtensionServices::callWaitingTone,
			(b, v) -> b.callWaitingTone((Boolean) v)),
	CALL_WAITING_MODE(Section.CALL_WAITING, Kind.CHOICE, ExtensionServices::callWaitingMode,
			(b, v) -> b.callWaitingMode((CallWaitingMode) v)),
	MALICIOUS_CALL_TRACE(Section.OTHER, Kind.FLAG, ExtensionServices::maliciousCallTrace,
			(b, v) -> b.maliciousCallTrace((Boolean) v)),
	GLOBAL_PICKUP(Section.OTHER, Kind.FLAG, ExtensionServices::globalPickup, (b, v) -> b.globalPickup((Boolean) v)),
	CONFERENCE_CHAIR(Section.OTHER, Kind.FLAG, ExtensionServices::conferenceChair,
			(b, v) -> b.conferenceChair((Boolean) v)),
	NO_ANSWER_TO_OPERATOR(Section.OTHER, Kind.FLAG, ExtensionServices::noAnswerToOperator,
			(b, v) -> b.noAnswerToOperator((Boolean) v)),
	BUSY_TO_OPERATOR(Section.OTHER, Kind.FLAG, ExtensionServices::busyToOperator,
			(b, v) -> b.busyToOperator((Boolean) v));

	/** The editor's and the viewer's groups, in display order. */
	enum Section {
		TRANSFER, CLASS, HOTLINE, CALLER_ID, DND, CALL_WAITING, OTHER
	}

	enum Kind {
		FLAG, LEVEL, CHOICE, HOTLINE
	}

	/** The hotline service: on or off, and where it rings ("" while off). */
	record Hotline(boolean enabled, String number) {
		static Hotline of(ExtensionServices s) {
			return new Hotline(s.hotlineEnabled(), s.hotlineEnabled() ? s.hotlineNumber() : "");
		}
	}

	private final Section section;
	private final Kind kind;
	private final Function<ExtensionServices, Object> getter;
	private final BiConsumer<ExtensionServices.Builder, Object> setter;

	ServiceField(Section section, Kind kind, Function<ExtensionServices, Object> getter,
			BiConsumer<ExtensionServices.Builder, Object> setter) {
		this.section = section;
		this.kind = kind;
		this.getter = getter;
		this.setter = setter;
	}

	Section section() {
		return section;
	}

	Kind kind() {
		return kind;
	}

	Object get(ExtensionServices services) {
		return getter.apply(services);
	}

	/** Sets the value in a builder made from {@code original}. */
	void set(ExtensionServices.Builder builder, ExtensionServices original, Object value) {
		if (this == HOTLINE && !((Hotline) value).enabled()) {
			// switching the hotline off keeps the stored number, as the PBX's own parameter screen does
			builder.hotline(false, original.hotlineNumber());
		} else {
			setter.accept(builder, value);
		}
	}

	/** The choices of a {@link Kind#CHOICE} field. */
	List<Object> choices() {
		return switch (this) {
		case CALLER_ID_MODE -> List.of((Object[]) CallerIdMode.values());
		case CALL_WAITING_MODE -> List.of((Object[]) CallWaitingMode.values());
		default -> List.of();
		};
	}

	static List<ServiceField> in(Section section) {
		return java.util.Arrays.stream(values()).filter(f -> f.section == section).toList();
	}
}
