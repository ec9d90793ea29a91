package com.switchdesk.ui.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import com.switchdesk.pbx.PbxRefusedException;
import com.switchdesk.pbx.RefusalReason;
import com.switchdesk.pbx.model.CallWaitingMode;
import com.switchdesk.pbx.model.CallerIdMode;
import com.switchdesk.pbx.model.ExtensionServices;

/** The administrator's texts for services, values and refusals, in the UI language. */
final class AdminTexts {

	private AdminTexts() {
	}

	static String label(ServiceField field) {
		return switch (field) {
		case INTERNAL_TRANSFER -> Messages.Field_INTERNAL_TRANSFER;
		case EXTERNAL_TRANSFER -> Messages.Field_EXTERNAL_TRANSFER;
		case TRANSFER_RECALL -> Messages.Field_TRANSFER_RECALL;
		case OUTGOING_ON_BEHALF -> Messages.Field_OUTGOING_ON_BEHALF;
		case SERVICE_CLASS -> Messages.Field_SERVICE_CLASS;
		case BARGE_ENABLED -> Messages.Field_BARGE_ENABLED;
		case BARGE_LEVEL -> Messages.Field_BARGE_LEVEL;
		case HOTLINE -> Messages.Field_HOTLINE;
		case CALLER_ID_MODE -> Messages.Field_CALLER_ID_MODE;
		case CALLER_ID_ENABLED -> Messages.Field_CALLER_ID_ENABLED;
		case DND_INTERNAL -> Messages.Field_DND_INTERNAL;
		case DND_INTERNAL_REST -> Messages.Field_DND_INTERNAL_REST;
		case DND_EXTERNAL -> Messages.Field_DND_EXTERNAL;
		case DND_EXTERNAL_REST -> Messages.Field_DND_EXTERNAL_REST;
		case CALL_WAITING -> Messages.Field_CALL_WAITING;
		case NIGHT_CALL_WAITING -> Messages.Field_NIGHT_CALL_WAITING;
		case CALL_WAITING_TONE -> Messages.Field_CALL_WAITING_TONE;
		case CALL_WAITING_MODE -> Messages.Field_CALL_WAITING_MODE;
		case MALICIOUS_CALL_TRACE -> Messages.Field_MALICIOUS_CALL_TRACE;
		case GLOBAL_PICKUP -> Messages.Field_GLOBAL_PICKUP;
		case CONFERENCE_CHAIR -> Messages.Field_CONFERENCE_CHAIR;
		case NO_ANSWER_TO_OPERATOR -> Messages.Field_NO_ANSWER_TO_OPERATOR;
		case BUSY_TO_OPERATOR -> Messages.Field_BUSY_TO_OPERATOR;
		};
	}

	static String section(ServiceField.Section section) {
		return switch (section) {
		case TRANSFER -> Messages.Section_TRANSFER;
		case CLASS -> Messages.Section_CLASS;
		case HOTLINE -> Messages.Section_HOTLINE;
		case CALLER_ID -> Messages.Section_CALLER_ID;
		case DND -> Messages.Section_DND;
		case CALL_WAITING -> Messages.Section_CALL_WAITING;
		case OTHER -> Messages.Section_OTHER;
		};
	}

	/** A field's value as the administrator reads it. */
	static String value(Object value) {
		return switch (value) {
		case Boolean b -> b ? Messages.Value_on : Messages.Value_off;
		case Integer i -> Integer.toString(i);
		case CallerIdMode m -> m.name();
		case CallWaitingMode m -> m == CallWaitingMode.OPERATOR_MODE ? Messages.Value_operatorMode
				: Messages.Value_callHold;
		case ServiceField.Hotline h -> h.enabled() ? NLS.bind(Messages.Value_hotlineOn, h.number()) : Messages.Value_off;
		default -> String.valueOf(value);
		};
	}

	/** "Do-not-disturb (internal): off → on; Class: 0 → 3". */
	static String changes(List<ServicesChange.FieldChange> changes) {
		return changes.stream().map(c -> NLS.bind(Messages.Change_one, new Object[] { label(c.field()),
				value(c.from()), value(c.to()) })).collect(Collectors.joining("; "));
	}

	/** The key services of an extension in a few words, for the extension list. */
	static String summary(ExtensionServices s) {
		List<String> parts = new ArrayList<>();
		parts.add(NLS.bind(Messages.Summary_class, s.serviceClass()));
		List<String> transfer = new ArrayList<>();
		add(transfer, s.internalTransfer(), Messages.Summary_internal);
		add(transfer, s.externalTransfer(), Messages.Summary_external);
		add(transfer, s.transferRecall(), Messages.Summary_recall);
		if (!transfer.isEmpty()) {
			parts.add(NLS.bind(Messages.Summary_transfer, String.join("/", transfer)));
		}
		List<String> dnd = new ArrayList<>();
		add(dnd, s.dndInternal(), Messages.Summary_internal);
		add(dnd, s.dndExternal(), Messages.Summary_external);
		add(dnd, s.dndInternalRest() || s.dndExternalRest(), Messages.Summary_rest);
		if (!dnd.isEmpty()) {
			parts.add(NLS.bind(Messages.Summary_dnd, String.join("/", dnd)));
		}
		if (s.bargeEnabled()) {
			parts.add(NLS.bind(Messages.Summary_barge, s.bargeLevel()));
		}
		if (s.hotlineEnabled()) {
			parts.add(NLS.bind(Messages.Summary_hotline, s.hotlineNumber()));
		}
		if (!s.callerIdEnabled()) {
			parts.add(Messages.Summary_noCallerId);
		}
		return String.join(" · ", parts);
	}

	private static void add(List<String> list, boolean on, String word) {
		if (on) {
			list.add(word);
		}
	}

	static String status(BatchLine line) {
		return switch (line.status()) {
		case WILL_CHANGE -> Messages.Status_WILL_CHANGE;
		case NO_CHANGE -> Messages.Status_NO_CHANGE;
		case WILL_BE_REFUSED -> Messages.Status_WILL_BE_REFUSED;
		case UNREADABLE -> NLS.bind(Messages.Status_UNREADABLE, line.detail());
		case APPLYING -> Messages.Status_APPLYING;
		case DONE -> Messages.Status_DONE;
		case UNCHANGED -> Messages.Status_UNCHANGED;
		case REFUSED -> NLS.bind(Messages.Status_REFUSED, line.detail());
		case CANCELLED -> Messages.Status_CANCELLED;
		};
	}

	/** Why the PBX (or the link to it) said no: the reason in the UI language and the PBX's own words. */
	static String refusal(Throwable error) {
		Throwable e = error;
		while ((e instanceof CompletionException || e instanceof java.util.concurrent.ExecutionException)
				&& e.getCause() != null) {
			e = e.getCause();
		}
		if (e instanceof PbxRefusedException p) {
			return NLS.bind(Messages.Refusal, reason(p.reason()), p.getMessage());
		}
		return String.valueOf(e.getMessage() != null ? e.getMessage() : e);
	}

	static String reason(RefusalReason reason) {
		return switch (reason) {
		case INVALID_STATE -> Messages.Reason_INVALID_STATE;
		case UNKNOWN_DEVICE -> Messages.Reason_UNKNOWN_DEVICE;
		case NO_RIGHT -> Messages.Reason_NO_RIGHT;
		case LEVEL_TOO_LOW -> Messages.Reason_LEVEL_TOO_LOW;
		case OFFICE_EXTENSION -> Messages.Reason_OFFICE_EXTENSION;
		case NOT_SUPPORTED -> Messages.Reason_NOT_SUPPORTED;
		case BUSY -> Messages.Reason_BUSY;
		case NOT_BOUND -> Messages.Reason_NOT_BOUND;
		case INVALID_ARGUMENT -> Messages.Reason_INVALID_ARGUMENT;
		case OFFLINE -> Messages.Reason_OFFLINE;
		case TIMEOUT -> Messages.Reason_TIMEOUT;
		};
	}
}
