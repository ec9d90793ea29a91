package com.switchdesk.ui.directory;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Date;
import java.util.Locale;

import com.switchdesk.model.CallDirection;
import com.switchdesk.model.CallOutcome;
import com.switchdesk.model.CallRecord;
import com.switchdesk.ui.operator.Texts;

/** How call-log lines read, in the UI language. */
final class CallTexts {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT,
			FormatStyle.MEDIUM);

	private CallTexts() {
	}

	static String direction(CallDirection d) {
		return switch (d) {
		case INBOUND -> Messages.Direction_INBOUND;
		case OUTBOUND -> Messages.Direction_OUTBOUND;
		case INTERNAL -> Messages.Direction_INTERNAL;
		};
	}

	static String outcome(CallOutcome o) {
		return switch (o) {
		case ANSWERED -> Messages.Outcome_ANSWERED;
		case TRANSFERRED -> Messages.Outcome_TRANSFERRED;
		case MISSED -> Messages.Outcome_MISSED;
		case ABANDONED -> Messages.Outcome_ABANDONED;
		case PARKED -> Messages.Outcome_PARKED;
		case CONFERENCED -> Messages.Outcome_CONFERENCED;
		};
	}

	/** A time in this PC's zone, e.g. "2026/11/25 16:01:13" or "11/25/26, 4:01:13 PM". */
	static String time(Date date) {
		return date == null ? "" : TIME.withLocale(Locale.getDefault()).format(date.toInstant()
				.atZone(ZoneId.systemDefault()));
	}

	/** "caller → called → others". */
	static String parties(CallRecord call) {
		StringBuilder s = new StringBuilder(CustomerTexts.text(call.getCallerNumber()));
		s.append(" \u2192 ").append(CustomerTexts.text(call.getCalledNumber()));
		for (String other : call.getOtherParties()) {
			s.append(" \u2192 ").append(other);
		}
		return s.toString();
	}

	static String duration(CallRecord call) {
		return call.getDurationSeconds() == 0 && call.getOutcome() != CallOutcome.ANSWERED ? ""
				: Texts.duration(Duration.ofSeconds(call.getDurationSeconds()));
	}
}
